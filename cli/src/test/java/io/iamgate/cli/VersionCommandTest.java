package io.iamgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.IamReference;
import io.iamgate.reference.ManagedPolicies;
import org.junit.jupiter.api.Test;

class VersionCommandTest {

    @Test
    void versionNamesTheDatesOfBothOfflineSnapshots() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r.all());
        String dates = "(IAM reference " + IamReference.bundled().date() + ", AWS managed policies "
                + ManagedPolicies.bundled().dataDate() + ")";
        assertTrue(r.out().matches("iamgate \\S+ \\Q" + dates + "\\E\\R"), r.out());
    }
}
