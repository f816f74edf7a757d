package org.clinicite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.clinicite.core.json.StudyJson;

/** Prints JSON to a command's stdout. */
final class Json {
    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(StudyJson.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise output", e);
        }
        out.flush();
    }

    static JsonNode tree(Object value) {
        return StudyJson.MAPPER.valueToTree(value);
    }
}
