package nl.assen.groenagenda.systemtest;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Stream;

/** One API reached one way: through the gateway, or directly (which proves the service checks tokens itself). */
public record Target(Api api, Route route) {

    public enum Route { GATEWAY, DIRECT }

    /** Every API, through the gateway and directly. */
    public static Stream<Target> all() {
        return Arrays.stream(Api.values())
                .flatMap(api -> Stream.of(new Target(api, Route.GATEWAY), new Target(api, Route.DIRECT)));
    }

    public URI base() {
        Suite suite = Suite.current();
        return route == Route.GATEWAY ? suite.gateway() : suite.direct(api);
    }

    public URI url(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    public URI readUrl() {
        return url(api.readPath());
    }

    @Override
    public String toString() {
        return api.name + (route == Route.GATEWAY ? " through the gateway" : " directly");
    }
}
