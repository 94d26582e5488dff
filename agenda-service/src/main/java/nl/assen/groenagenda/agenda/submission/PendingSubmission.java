package nl.assen.groenagenda.agenda.submission;

import java.util.UUID;

/** A submission on its way to the workflow service, with what the process needs to start. */
record PendingSubmission(UUID id, UUID agendaItemId, int sequence, String department, String title,
                         String submittedBy, int attempts) {
}
