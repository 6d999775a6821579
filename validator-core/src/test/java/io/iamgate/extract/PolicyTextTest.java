package io.iamgate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.extract.TemplateValue.Arr;
import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Position;
import io.iamgate.model.ElementPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

    private static Position at(int line) {
        return new Position(line, 0, 0);
    }

    @Test
    void rendersAsPythonsJsonDumpsAndRecordsWhereEachPathCameFrom() {
        TemplateValue statement = new Obj(
                List.of(
                        new Field("Sid", at(3), new Str("caf\u00e9 \"q\" \\ \n\t\u0001\u007f", at(4))),
                        new Field("N", at(5), new TemplateValue.Num("1.5", at(5))),
                        new Field("Y", at(6), new TemplateValue.Num("1_000", at(6))),
                        new Field("B", at(7), new TemplateValue.Bool(true, at(7))),
                        new Field("Z", at(8), new TemplateValue.Null(at(8))),
                        new Field("E", at(9), new Arr(List.of(), at(9))),
                        new Field("O", at(10), new Obj(List.of(), at(10)))),
                at(2));
        TemplateValue policy = new Obj(
                List.of(
                        new Field("Version", at(1), new Str("2012-10-17", at(1))),
                        new Field("Statement", at(2), new Arr(List.of(statement), at(2)))),
                at(1));
        PolicyText.Rendered r = PolicyText.render(policy);
        // The expected text is Python's json.dumps of the same value (a YAML-only number is kept as a string).
        assertEquals(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"caf\\u00e9 \\\"q\\\" \\\\ \\n\\t\\u0001\\u007f\", "
                        + "\"N\": 1.5, \"Y\": \"1_000\", \"B\": true, \"Z\": null, \"E\": [], \"O\": {}}]}",
                r.text());
        assertEquals(
                at(4),
                r.origins().get(ElementPath.ROOT.value("Statement").index(0).value("Sid")));
        assertEquals(
                at(3),
                r.origins().get(ElementPath.ROOT.value("Statement").index(0).key("Sid")));
        PathSourceMapping mapping = new PathSourceMapping(r.origins(), at(1));
        // A path deeper than the source knows maps to its deepest known ancestor.
        assertEquals(
                at(9),
                mapping.filePosition(new io.iamgate.model.Location(
                        ElementPath.ROOT.value("Statement").index(0).value("E").index(3), null)));
    }
}
