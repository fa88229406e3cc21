package org.studiokit.examples.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;

/** BAR-1 payloads as the scan op reads them. */
class ScanPayloadTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"P42|P|42", "p42|P|42", "  I1042  |I|1042", "]C0P7|P|7", "]Q1c12|C|12",
        "S0005|S|5", "P999999999999999999|P|999999999999999999"})
    void bar1_payloads_parse_trimmed_case_insensitive_without_aim_identifiers(String text, char letter, long number) {
        ScanPayload p = ScanPayload.parse(text);
        assertThat(p.letter()).isEqualTo(letter);
        assertThat(p.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "P", "P0", "X12", "PP12", "P12a", "P-1", "P1 2", "]C0", "P1234567890123456789",
        "Ｐ12", "P١٢"})
    void bar1_anything_else_is_an_invalid_barcode(String text) {
        assertThatThrownBy(() -> ScanPayload.parse(text)).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_BARCODE));
    }
}
