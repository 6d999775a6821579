package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EscalationCatalogueTest {

    /** The Rego table is the catalogue's source: the Java copy must list the same methods and actions. */
    @Test
    void sameMethodsAsTheBuiltinRegoPack() throws IOException {
        String rego = Files.readString(Path.of("..", "policies", "builtin", "privilege_escalation.rego"));
        Matcher m = Pattern.compile("\"issueCode\": \"([A-Z_]+)\".*?\"actions\": \\[([^\\]]*)]", Pattern.DOTALL)
                .matcher(rego);
        List<String> regoMethods = new ArrayList<>();
        while (m.find()) {
            regoMethods.add(m.group(1) + " " + m.group(2).replace("\"", "").replace(" ", ""));
        }
        List<String> javaMethods = EscalationCatalogue.METHODS.stream()
                .map(e -> e.issueCode() + " " + String.join(",", e.actions())).toList();
        assertEquals(regoMethods, javaMethods);
    }

    @Test
    void everyActionIsKnownToTheReference() {
        IamReference reference = IamReference.bundled();
        for (EscalationMethod method : EscalationCatalogue.METHODS) {
            for (String action : method.actions()) {
                assertTrue(reference.action(action).isPresent(), action);
            }
        }
    }

    @Test
    void passRolePathsNameTheServiceTheRoleIsPassedTo() {
        EscalationMethod lambda = EscalationCatalogue.METHODS.stream()
                .filter(e -> e.issueCode().equals("IAMGATE_PRIVESC_PASS_ROLE_LAMBDA_INVOKE")).findFirst().orElseThrow();
        assertEquals("lambda.amazonaws.com", lambda.passedToService());
        assertEquals(null, EscalationCatalogue.METHODS.get(0).passedToService());
    }
}
