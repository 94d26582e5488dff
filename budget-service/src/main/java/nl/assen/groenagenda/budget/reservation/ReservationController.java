package nl.assen.groenagenda.budget.reservation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.assen.groenagenda.platform.web.JsonInput;
import nl.assen.groenagenda.platform.security.HeaderCharacters;
import nl.assen.groenagenda.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reservations (commitments) on a line-year, by finance staff or the workflow's service account. The
 * caller's name (the token's {@code preferred_username}, else its subject) is recorded as who did it.
 */
@RestController
class ReservationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ReservationService reservations;
    private final ObjectMapper mapper;

    ReservationController(ReservationService reservations, ObjectMapper mapper) {
        this.reservations = reservations;
        this.mapper = mapper;
    }

    /** 201 for a new reservation; 200 with the same reservation when the same key and body come again. */
    @PostMapping("/api/budget/v1/reservations")
    Mono<ResponseEntity<Reservation>> reserve(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                              @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                                      content = @Content(schema = @Schema(implementation = ReservationBody.class)))
                                              @RequestBody(required = false) String body, Principal caller) {
        JsonInput input = JsonInput.parse(mapper, body);
        if (key == null || key.isBlank()) {
            input.invalid(IDEMPOTENCY_KEY, "De header Idempotency-Key is verplicht.");
        } else if (key.length() > MAX_KEY_LENGTH || !HeaderCharacters.allowedValue(key)) {
            input.invalid(IDEMPOTENCY_KEY, "Mag hoogstens " + MAX_KEY_LENGTH + " tekens lang zijn.");
        }
        String code = input.text("budgetLineCode", true, 40, false);
        Integer year = input.integer("year", true, 2000, 2100);
        BigDecimal amount = input.amount("amount", true, false);
        String agendaItemId = input.text("agendaItemId", true, 64, true);
        String reason = input.text("reason", false, 2000, false);
        Mono<List<Problem.InvalidParam>> problems = code == null ? Mono.just(input.problems())
                : reservations.lineExists(code).map(exists -> {
                    List<Problem.InvalidParam> all = new ArrayList<>(input.problems());
                    if (!exists) {
                        all.add(new Problem.InvalidParam("budgetLineCode", "Er is geen begrotingsregel met deze code."));
                    }
                    return all;
                });
        return problems.flatMap(invalid -> {
            if (!invalid.isEmpty()) {
                return Mono.error(JsonInput.invalidInput(invalid));
            }
            var request = new ReservationRequest(code, year, amount, agendaItemId, reason);
            return reservations.reserve(caller.getName(), key.trim(), request)
                    .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                            .body(outcome.reservation()));
        });
    }

    @PostMapping("/api/budget/v1/reservations/{id}/release")
    Mono<Reservation> release(@PathVariable String id, @RequestBody(required = false) String body, Principal caller) {
        String reason = reason(body);
        return uuid(id).flatMap(found -> reservations.release(caller.getName(), found, reason));
    }

    @PostMapping("/api/budget/v1/reservations/{id}/realisation")
    Mono<Reservation> realise(@PathVariable String id, @RequestBody(required = false) String body, Principal caller) {
        String reason = reason(body);
        return uuid(id).flatMap(found -> reservations.realise(caller.getName(), found, reason));
    }

    /** The optional body of a release or realisation: {@code {"reason": "..."}}. */
    private String reason(String body) {
        JsonInput input = JsonInput.parseOptional(mapper, body);
        String reason = input.text("reason", false, 2000, false);
        input.check();
        return reason;
    }

    private static Mono<UUID> uuid(String id) {
        try {
            return Mono.just(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Mono.error(ReservationService.notFound());
        }
    }
}
