package nl.assen.groenagenda.workflow.web;

import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * When one query parameter of a record cannot even be converted ({@code page=abc}), Spring validates
 * the others one value at a time. Boot's MVC validator adapter cannot validate single values and
 * silently skips them, so the 400 would name only part of what is wrong. The bean validator itself
 * can, and ADR asks for every invalid parameter at once.
 */
@ControllerAdvice
class ListEveryInvalidParam {

    private final LocalValidatorFactoryBean validator;

    ListEveryInvalidParam(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    @InitBinder
    void validateWithTheBeanValidator(WebDataBinder binder) {
        binder.replaceValidators(validator);
    }
}
