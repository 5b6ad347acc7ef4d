package nl.mensenhandel.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Encrypting the listed fields of a stored document in place, by path. */
class EncryptedFieldsTest {

    static final FieldEncryption ENCRYPTION = FieldEncryptionTest.local();
    static final EncryptedFields FIELDS = new EncryptedFields(ENCRYPTION, List.of("description", "reporter.contact",
            "persons[].nationality", "enrichments[entryId].summary"));

    static Document signal() {
        return new Document("_id", "signal-1").append("region", "zaanstreek-waterland")
                .append("status", "ONTVANGEN")
                .append("description", "Matrassen in de opslag")
                .append("reporter", new Document("organisation", "Gemeente").append("contact", "meldpunt@example.org"))
                .append("persons", new ArrayList<>(List.of(new Document("nationality", "BGR").append("yearOfBirth", 1990),
                        new Document("nationality", "ROU"))))
                .append("enrichments", new ArrayList<>(List.of(new Document("entryId", "e-1").append("summary", "BRP: 2 personen"))));
    }

    @Test
    void theListedFieldsAreEncryptedInPlaceAndTheRestIsLeftAlone() {
        Document document = signal();
        FIELDS.encrypt(document);

        assertThat(document.toJson()).doesNotContain("Matrassen").doesNotContain("meldpunt").doesNotContain("2 personen");
        // three-letter codes may turn up by chance inside random base64 ciphertext: check the values themselves
        assertThat(document.getList("persons", Document.class)).extracting(person -> person.getString("nationality"))
                .allSatisfy(value -> assertThat(value).startsWith(FieldEncryption.PREFIX))
                .doesNotContain("BGR", "ROU");
        assertThat(document.getString("description")).startsWith(FieldEncryption.PREFIX);
        assertThat(document.get("reporter", Document.class).getString("organisation")).isEqualTo("Gemeente");
        assertThat(document.getList("persons", Document.class).get(0).getInteger("yearOfBirth")).isEqualTo(1990);
        assertThat(document.getString("status")).isEqualTo("ONTVANGEN");
        // each value under its own name: person 0 under persons.0.nationality, the entry under its id
        String nationality = document.getList("persons", Document.class).get(0).getString("nationality");
        assertThat(ENCRYPTION.decrypt("zaanstreek-waterland", "signal-1", "persons.0.nationality", nationality))
                .isEqualTo("BGR");
        String summary = document.getList("enrichments", Document.class).get(0).getString("summary");
        assertThat(ENCRYPTION.decrypt("zaanstreek-waterland", "signal-1",
                EncryptedFields.fieldName("enrichments[entryId].summary", "e-1"), summary)).isEqualTo("BRP: 2 personen");

        FIELDS.decrypt(document);
        assertThat(document).isEqualTo(signal());
    }

    @Test
    void missingFieldsAndListsAreFine() {
        Document sparse = new Document("_id", "signal-2").append("region", "zaanstreek-waterland")
                .append("description", "Alleen een omschrijving");
        FIELDS.encrypt(sparse);
        FIELDS.decrypt(sparse);
        assertThat(sparse.getString("description")).isEqualTo("Alleen een omschrijving");
    }

    @Test
    void aValueMovedBetweenElementsOrLookingEncryptedAlreadyIsNotTrusted() {
        Document document = signal();
        FIELDS.encrypt(document);
        List<Document> persons = document.getList("persons", Document.class);
        persons.get(1).put("nationality", persons.get(0).getString("nationality"));
        assertThatThrownBy(() -> FIELDS.decrypt(document)).isInstanceOf(FieldCryptoException.class);

        // a client cannot plant "ciphertext": it is encrypted like any other text, and reads back as sent
        Document planted = signal().append("description", "enc:v1:AAAA");
        FIELDS.encrypt(planted);
        FIELDS.decrypt(planted);
        assertThat(planted.getString("description")).isEqualTo("enc:v1:AAAA");
    }
}
