package nl.assen.groenagenda.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void aMiddlePageLinksToFirstPrevNextAndLast() {
        var page = PageResponse.of(List.of("x"), new PageQuery(2, 10), 35);

        assertThat(PageLinks.header("/api/workflow/v1/tasks", page)).isEqualTo(
                "</api/workflow/v1/tasks?page=1&pageSize=10>; rel=\"first\", "
                        + "</api/workflow/v1/tasks?page=1&pageSize=10>; rel=\"prev\", "
                        + "</api/workflow/v1/tasks?page=3&pageSize=10>; rel=\"next\", "
                        + "</api/workflow/v1/tasks?page=4&pageSize=10>; rel=\"last\"");
    }

    @Test
    void anEmptyListHasOnePageAndNoPrevOrNext() {
        var page = PageResponse.of(List.of(), new PageQuery(null, null), 0);

        assertThat(page.totalPages()).isZero();
        assertThat(PageLinks.header("/t", page)).isEqualTo(
                "</t?page=1&pageSize=50>; rel=\"first\", </t?page=1&pageSize=50>; rel=\"last\"");
    }

    @Test
    void aPageBeyondTheEndLinksBackToTheLastPage() {
        var page = PageResponse.of(List.of(), new PageQuery(9, 50), 60);

        assertThat(PageLinks.header("/t", page)).contains("</t?page=2&pageSize=50>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }
}
