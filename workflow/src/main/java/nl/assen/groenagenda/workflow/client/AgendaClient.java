package nl.assen.groenagenda.workflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** agenda-service, with the workflow's service account. */
@Component
public class AgendaClient {

    private static final String ITEMS = "/api/agenda/v1/agenda-items/{id}";

    private final RestClient http;

    public AgendaClient(@Qualifier("agendaRestClient") RestClient http) {
        this.http = http;
    }

    /** The item, or null when agenda-service knows no such item. */
    public AgendaItemView item(String agendaItemId) {
        try {
            return Calls.find("agenda item " + agendaItemId,
                    () -> http.get().uri(ITEMS, agendaItemId).accept(MediaType.APPLICATION_JSON)
                            .retrieve().body(AgendaItemView.class));
        } catch (ServiceProblemException refused) {
            throw new ServiceCallException("agenda item " + agendaItemId + ": " + refused.getMessage(), refused);
        }
    }

    /**
     * The item a process step works on. Its absence is not a business outcome but a fault: the step fails,
     * is retried and ends as an incident that says so.
     */
    public AgendaItemView requiredItem(String agendaItemId) {
        AgendaItemView item = item(agendaItemId);
        if (item == null) {
            throw new ServiceCallException("Agenda item " + agendaItemId + " is gone");
        }
        return item;
    }

    /**
     * Reports a step; answers the item as it is afterwards. A 409 (no such arrow from the item's status,
     * or a step of an earlier submission) is a {@link ServiceProblemException}.
     */
    public JsonNode transition(String agendaItemId, Transition transition) {
        return Calls.call("transition " + transition.status() + " of agenda item " + agendaItemId,
                () -> http.post().uri(ITEMS + "/transitions", agendaItemId)
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .body(transition).retrieve().body(JsonNode.class));
    }
}
