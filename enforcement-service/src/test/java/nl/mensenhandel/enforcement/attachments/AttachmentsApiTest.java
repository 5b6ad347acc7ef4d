package nl.mensenhandel.enforcement.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.inspections.FieldRecordsTestBase;

/** Attachments: checked, stored encrypted, metadata on the inspection, repeats and conflicts by id. */
class AttachmentsApiTest extends FieldRecordsTestBase {

    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7};

    @Test
    void uploadRepeatConflictAndRead() {
        UUID inspection = createInspection();
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("id", id.toString(), "fileName", "voorgevel.png",
                "contentType", "image/png", "sha256", AttachmentContent.sha256(PNG),
                "content", Base64.getEncoder().encodeToString(PNG)));
        String path = "/api/enforcement/inspections/" + inspection + "/attachments";
        api.mutateWith(handhaver()).post().uri(path).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.sizeBytes").isEqualTo(PNG.length);
        api.mutateWith(handhaver()).post().uri(path).bodyValue(body).exchange().expectStatus().isOk();
        StoredAttachment stored = mongo.findById(id.toString(), StoredAttachment.class).block();
        assertThat(stored.content()).startsWith("enc:v1:");
        assertThat(stored.fileName()).startsWith("enc:v1:");
        api.mutateWith(handhaver()).get().uri(path + "/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content").isEqualTo(Base64.getEncoder().encodeToString(PNG))
                .jsonPath("$.info.fileName").isEqualTo("voorgevel.png");
        api.mutateWith(handhaver()).get().uri("/api/enforcement/inspections/" + inspection).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.attachments.length()").isEqualTo(1)
                .jsonPath("$.attachments[0].fileName").isEqualTo("voorgevel.png");
        body.put("fileName", "anders.png");
        api.mutateWith(handhaver()).post().uri(path).bodyValue(body).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.stored.fileName").isEqualTo("voorgevel.png")
                .jsonPath("$.received.fileName").isEqualTo("anders.png");
    }

    @Test
    void aWrongDigestIs400NamingSha256() {
        UUID inspection = createInspection();
        api.mutateWith(handhaver()).post().uri("/api/enforcement/inspections/" + inspection + "/attachments")
                .bodyValue(Map.of("id", UUID.randomUUID().toString(), "fileName", "x.png", "contentType", "image/png",
                        "sha256", "0".repeat(64), "content", Base64.getEncoder().encodeToString(PNG)))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sha256");
    }

    @Test
    void aBodyOfFourMegabytesGetsThroughTheCodec() {
        UUID inspection = createInspection();
        byte[] big = new byte[4 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        api.mutateWith(handhaver()).post().uri("/api/enforcement/inspections/" + inspection + "/attachments")
                .bodyValue(Map.of("id", UUID.randomUUID().toString(), "fileName", "groot.png", "contentType",
                        "image/png", "sha256", AttachmentContent.sha256(big), "content",
                        Base64.getEncoder().encodeToString(big)))
                .exchange().expectStatus().isCreated();
    }
}
