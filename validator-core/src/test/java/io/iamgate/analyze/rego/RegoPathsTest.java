package io.iamgate.analyze.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.model.ElementPath;
import io.iamgate.model.Location;
import io.iamgate.model.PolicyUnit;
import org.junit.jupiter.api.Test;

class RegoPathsTest {

    private static final String TEXT = """
            {"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"}]}""";
    private static final PolicyUnit UNIT = RegoUnits.identity(TEXT);

    private static Location locate(String json) throws Exception {
        return RegoPaths.locate(UNIT.document(), RegoPaths.parse(new ObjectMapper().readTree(json)));
    }

    @Test
    void resolvesAnAccessAnalyzerPath() throws Exception {
        Location l = locate("[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Action\"},{\"index\":1}]");
        assertEquals(
                ElementPath.ROOT.value("Statement").index(0).value("Action").index(1), l.path());
        assertEquals("\"s3:PutObject\"", l.span().of(TEXT));
    }

    @Test
    void unresolvedStepsFallBackToTheNearestAncestor() throws Exception {
        Location l = locate("[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Condition\"},{\"value\":\"x\"}]");
        assertEquals(ElementPath.ROOT.value("Statement").index(0), l.path());
        assertEquals(TEXT.indexOf("{\"Effect\""), l.span().start().offset());
        assertEquals(
                ElementPath.ROOT.value("Statement"),
                locate("[{\"value\":\"Statement\"},{\"index\":7}]").path());
    }

    @Test
    void aLoneStatementObjectIsElementZero() throws Exception {
        String text = "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}";
        Location l = RegoPaths.locate(
                RegoUnits.identity(text).document(),
                RegoPaths.parse(new ObjectMapper()
                        .readTree("[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Action\"}]")));
        assertEquals("\"*\"", l.span().of(text));
    }

    @Test
    void aPathInAnotherShapeIsRejected() {
        assertThrows(
                RegoPaths.InvalidPathException.class,
                () -> RegoPaths.parse(new ObjectMapper().readTree("[{\"field\":\"Statement\"}]")));
        assertThrows(
                RegoPaths.InvalidPathException.class,
                () -> RegoPaths.parse(new ObjectMapper().readTree("\"Statement.0\"")));
    }
}
