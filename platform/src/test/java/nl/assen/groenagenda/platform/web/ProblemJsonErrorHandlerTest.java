package nl.assen.groenagenda.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.MethodNotAllowedException;

class ProblemJsonErrorHandlerTest {

    private final ProblemJsonErrorHandler handler = new ProblemJsonErrorHandler(null);

    @Test
    void aTokenThatCannotBeCheckedBecauseKeycloakIsUnreachableIs503NotAnInternalError() {
        Problem problem = handler.toProblem(new AuthenticationServiceException("Couldn't retrieve remote JWK set"));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).doesNotContain("JWK");
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutItsMessage() {
        Problem problem = handler.toProblem(new IllegalStateException("SELECT * FROM secret_table"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.body().toString()).doesNotContain("SELECT").doesNotContain("IllegalStateException");
    }

    @Test
    void aCallerThatClosedTheConnectionIsNotAnError() {
        assertThat(ProblemJsonErrorHandler.clientWentAway(
                new IllegalStateException("wrapped", reactor.netty.channel.AbortedException.beforeSend()))).isTrue();
        assertThat(ProblemJsonErrorHandler.clientWentAway(new IllegalStateException("a real failure"))).isFalse();
    }

    @Test
    void aWrongMethodIs405NamingTheSupportedOnes() {
        Problem problem = handler.toProblem(new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)));

        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.detail()).contains("GET");
    }

    @Test
    void aBusinessProblemIsRenderedAsItIs() {
        Problem conflict = Problem.of(org.springframework.http.HttpStatus.CONFLICT, "shortfall", "Onvoldoende budget", "Tekort EUR 1.000")
                .with("shortfall", 1000);

        assertThat(handler.toProblem(new ProblemException(conflict))).isEqualTo(conflict);
    }
}
