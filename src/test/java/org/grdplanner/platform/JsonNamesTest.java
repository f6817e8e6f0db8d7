package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grdplanner.platform.boundary.JsonNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNamesTest {

    @ParameterizedTest
    @CsvSource({"name,name", "localPath,local_path", "grdInitStatus,grd_init_status"})
    void writesJavaNamesInSnakeCase(String camel, String snake) {
        assertEquals(snake, JsonNames.snakeCase(camel));
    }
}
