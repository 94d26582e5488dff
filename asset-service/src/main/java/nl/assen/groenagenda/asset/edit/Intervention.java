package nl.assen.groenagenda.asset.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded felling or pruning of an asset, with its reason from the fixed list. */
record Intervention(UUID id, UUID assetId, String kind, String reason, String reasonName, String motivation,
                    LocalDate plannedDate, Instant recordedAt, String recordedBy) {
}
