package io.iamgate.analyze.principals;

import static io.iamgate.principal.PrincipalFixture.model;
import static io.iamgate.principal.PrincipalFixture.principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryBoundsNothingCheckTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            Resources:
              Boundary:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement: STATEMENTS
              App:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                  PermissionsBoundary: !Ref Boundary
            """;

    @Test
    void boundaryAllowingEverythingBoundsNothing() throws Exception {
        var result = new BoundaryBoundsNothingCheck()
                .check(principal(
                        model(dir, TEMPLATE.replace("STATEMENTS", "[{Effect: Allow, Action: '*', Resource: '*'}]")),
                        "App"))
                .orElseThrow();
        assertEquals(
                List.of(8, 12),
                result.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
    }

    @Test
    void boundaryThatDeniesPassRoleBounds() throws Exception {
        assertTrue(new BoundaryBoundsNothingCheck()
                .check(principal(
                        model(
                                dir,
                                TEMPLATE.replace(
                                        "STATEMENTS",
                                        "[{Effect: Allow, Action: '*', Resource: '*'}, {Effect: Deny, Action: iam:PassRole, Resource: '*'}]")),
                        "App"))
                .isEmpty());
    }
}
