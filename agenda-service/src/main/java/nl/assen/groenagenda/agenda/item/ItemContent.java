package nl.assen.groenagenda.agenda.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a drafter writes in an agenda item: everything a create or a draft edit sets, nothing the
 * lifecycle sets. {@code location} is a GeoJSON geometry in WGS84; {@code districts} empty means the
 * whole municipality.
 */
public record ItemContent(String title, String description, List<Vision> visions, String theme,
                          MeasureType measureType, List<String> districts, JsonNode location, List<UUID> assetIds,
                          String department, String owner, LocalDate plannedStart, LocalDate plannedEnd,
                          String budgetLineCode, List<Cost> costs, List<WorkWithWork> workWithWork,
                          List<String> partners) {
}
