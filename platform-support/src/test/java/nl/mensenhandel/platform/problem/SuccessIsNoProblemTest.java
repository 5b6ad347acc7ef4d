package nl.mensenhandel.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;

class SuccessIsNoProblemTest {

    @Test
    void aSuccessfulAnswerLabelledAsAProblemBecomesJson() {
        MockServerHttpResponse response = answer(HttpStatus.OK, MediaType.APPLICATION_PROBLEM_JSON);
        SuccessIsNoProblem.relabel(response);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void anErrorStaysAProblemAndOtherTypesAreLeftAlone() {
        MockServerHttpResponse error = answer(HttpStatus.BAD_REQUEST, MediaType.APPLICATION_PROBLEM_JSON);
        SuccessIsNoProblem.relabel(error);
        assertThat(error.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        MockServerHttpResponse csv = answer(HttpStatus.OK, MediaType.parseMediaType("text/csv"));
        SuccessIsNoProblem.relabel(csv);
        assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv"));
    }

    private static MockServerHttpResponse answer(HttpStatus status, MediaType type) {
        MockServerHttpResponse response = new MockServerHttpResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(type);
        return response;
    }
}
