package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.grdplanner.platform.boundary.RequestNumbers;
import org.grdplanner.platform.control.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestNumbersTest {

    @ParameterizedTest
    @CsvSource({"4,4", "1048576,1048576", "' 512 ',512"})
    void readsNumbersWithinTheRange(String given, long expected) {
        assertEquals(expected, RequestNumbers.wholeNumber("limit", given, 65536, 4, 1048576));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void anAbsentValueIsTheDefault(String given) {
        assertEquals(65536, RequestNumbers.wholeNumber("limit", given, 65536, 4, 1048576));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "3", "1048577", "99999999999999999999", "1.5", "0x10"})
    void anythingElseIsABadRequestNamingTheParameterAndItsRange(String given) {
        Refusal refused = assertThrows(Refusal.class,
                () -> RequestNumbers.wholeNumber("limit", given, 65536, 4, 1048576));

        assertEquals(Refusal.Reason.BAD_REQUEST, refused.reason());
        assertEquals(Map.of("field", "limit"), refused.details());
        assertEquals("limit must be a whole number from 4 to 1048576, not '" + given + "'", refused.getMessage());
    }

    @Test
    void anOpenRangeSaysOnlyItsLowerBound() {
        Refusal refused = assertThrows(Refusal.class,
                () -> RequestNumbers.wholeNumber("offset", "-1", 0, 0, Long.MAX_VALUE));

        assertEquals("offset must be a whole number, 0 or more, not '-1'", refused.getMessage());
    }
}
