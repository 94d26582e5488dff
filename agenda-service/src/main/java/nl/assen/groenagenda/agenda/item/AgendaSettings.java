package nl.assen.groenagenda.agenda.item;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator tunes about agenda items: the departments that own them (as the {@code afdeling}
 * claim spells them), the fiscal years costs and plans may fall in, and whether the agenda as proposed
 * is loaded as labelled examples.
 */
@ConfigurationProperties("groenagenda.agenda")
public record AgendaSettings(
        @DefaultValue({"openbare-ruimte", "ruimtelijke-ontwikkeling", "samenleving"}) List<String> departments,
        @DefaultValue("2024") int firstYear,
        @DefaultValue("2044") int lastYear,
        @DefaultValue("false") boolean examples) {
}
