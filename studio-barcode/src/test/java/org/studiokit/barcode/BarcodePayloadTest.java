package org.studiokit.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

@DisplayName("BAR-1 barcode payloads")
class BarcodePayloadTest {

    @Test
    void BAR1_a_payload_encodes_as_its_record_letter_and_number() {
        assertThat(BarcodePayload.of(RecordType.INVOICE, 1042).encode()).isEqualTo("I1042");
        assertThat(BarcodePayload.of(RecordType.CLIENT, 7).encode()).isEqualTo("C7");
        assertThat(BarcodePayload.of(RecordType.SESSION, 12).encode()).isEqualTo("S12");
        assertThat(BarcodePayload.of(RecordType.PRODUCTION_ORDER, BarcodePayload.MAX_NUMBER).encode())
                .isEqualTo("P999999999999999999");
    }

    @ParameterizedTest(name = "BAR-1 \"{0}\" parses as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "I1042|I1042",
        "i1042|I1042",
        "c1|C1",
        "S42|S42",
        "p7|P7",
        "'  I1042  '|I1042",
        "'\tP5\r\n'|P5",
        "]C0I1042|I1042",
        "]Q1p77|P77",
        "]E0C123|C123",
        "]c0S9|S9",
        "' ]C0I1042 '|I1042",
        "I0001042|I1042",
        "P999999999999999999|P999999999999999999",
    })
    void BAR1_valid_text_parses(String text, String encoded) {
        assertThat(BarcodePayload.parse(text).encode()).isEqualTo(encoded);
    }

    @ParameterizedTest(name = "BAR-1 \"{0}\" is refused")
    @ValueSource(strings = {
        "", " ", "I", "1042", "X1042", "I-1042", "I+1042", "I 1042", "I10 42", "I1042x", "II1042", "I0", "I000",
        "I1.5", "I1,042", "I١٢", "Ｉ1042", "I1042\u0000", "\u0000I1042", "]C0", "]C0 I1042", "]]C0I1042",
        "]C", "]1I1042", "I1000000000000000000", "P9223372036854775807", "P99999999999999999999999",
        "P00000000000000000001", "<script>", "I1042;DROP TABLE", "I 1", "P\u00b2"
    })
    void BAR1_anything_else_is_refused_as_invalid_barcode(String text) {
        assertThatThrownBy(() -> BarcodePayload.parse(text))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BARCODE));
    }

    @Test
    void BAR1_the_refusal_names_the_offending_text() {
        assertThatThrownBy(() -> BarcodePayload.parse("X1"))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.values()).containsEntry("barcode", "X1"));
    }

    @Test
    void BAR1_every_encoded_payload_parses_back_to_itself() {
        for (RecordType type : RecordType.values()) {
            for (long n : new long[] {1, 9, 10, 1042, 123_456_789, BarcodePayload.MAX_NUMBER}) {
                BarcodePayload payload = BarcodePayload.of(type, n);
                assertThat(BarcodePayload.parse(payload.encode())).isEqualTo(payload);
            }
        }
    }

    @Test
    void BAR1_a_payload_cannot_be_made_for_number_zero_or_beyond_eighteen_digits() {
        assertThatThrownBy(() -> BarcodePayload.of(RecordType.CLIENT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarcodePayload.of(RecordType.CLIENT, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarcodePayload.of(RecordType.CLIENT, BarcodePayload.MAX_NUMBER + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void BAR1_record_letters_are_found_in_either_case() {
        assertThat(RecordType.ofLetter('p')).contains(RecordType.PRODUCTION_ORDER);
        assertThat(RecordType.ofLetter('C')).contains(RecordType.CLIENT);
        assertThat(RecordType.ofLetter('x')).isEmpty();
    }
}
