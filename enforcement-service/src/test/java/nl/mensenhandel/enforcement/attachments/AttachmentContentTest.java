package nl.mensenhandel.enforcement.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

class AttachmentContentTest {

    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    static final byte[] PDF = "%PDF-1.7 hello".getBytes();
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 1};

    @Test
    void acceptsBytesThatLookLikeTheDeclaredTypeWithTheirDigest() {
        for (var c : new Object[][] {{PNG, "image/png"}, {PDF, "application/pdf"}, {JPEG, "image/jpeg"}}) {
            byte[] bytes = (byte[]) c[0];
            assertThat(AttachmentContent.check(Base64.getEncoder().encodeToString(bytes), (String) c[1],
                    AttachmentContent.sha256(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void rejectsAnotherMagicNumberAWrongDigestBadBase64AndTooLarge() {
        String png = Base64.getEncoder().encodeToString(PNG);
        assertThatThrownBy(() -> AttachmentContent.check(png, "image/jpeg", AttachmentContent.sha256(PNG)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("contentType"));
        assertThatThrownBy(() -> AttachmentContent.check(png, "image/png", "0".repeat(64)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("sha256"));
        assertThatThrownBy(() -> AttachmentContent.check("not*base64", "image/png", "0".repeat(64)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("content"));
        byte[] big = new byte[AttachmentContent.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> AttachmentContent.check(Base64.getEncoder().encodeToString(big), "image/png",
                AttachmentContent.sha256(big)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        p -> assertThat(p.type()).isEqualTo(ProblemType.CONTENT_TOO_LARGE));
    }
}
