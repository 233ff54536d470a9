package dflint.lsp;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * A JSON text dflint already wrote (the stages object), sent as it is: re-encoding it through
 * the protocol's Gson would drop its {@code null} members, which the command line prints.
 */
@JsonAdapter(RawJson.Adapter.class)
final class RawJson {
    final String json;

    RawJson(String json) {
        this.json = json;
    }

    static final class Adapter extends TypeAdapter<RawJson> {
        @Override
        public void write(JsonWriter out, RawJson value) throws IOException {
            if (value == null) out.nullValue();
            else out.jsonValue(value.json.strip());
        }

        @Override
        public RawJson read(JsonReader in) {
            throw new UnsupportedOperationException("sent, never received");
        }
    }
}
