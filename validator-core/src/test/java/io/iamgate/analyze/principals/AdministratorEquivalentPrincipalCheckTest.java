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

class AdministratorEquivalentPrincipalCheckTest {

    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            Resources:
              Ops:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                  ManagedPolicyArns:
                    - arn:aws:iam::aws:policy/ReadOnlyAccess
                    - MANAGED
            """;

    @Test
    void awsManagedAdministratorAccessIsReportedAtTheRoleAndItsAttachment() throws Exception {
        var result = new AdministratorEquivalentPrincipalCheck()
                .check(principal(
                        model(dir, TEMPLATE.replace("MANAGED", "arn:aws:iam::aws:policy/AdministratorAccess")), "Ops"))
                .orElseThrow();
        assertEquals(
                List.of(2, 8),
                result.locations().stream()
                        .map(Location::span)
                        .map(s -> s.start().line())
                        .toList());
        assertTrue(result.details().contains("'AdministratorAccess' (AWS managed)"), result.details());
    }

    @Test
    void powerUserIsNotAnAdministrator() throws Exception {
        assertTrue(new AdministratorEquivalentPrincipalCheck()
                .check(principal(
                        model(dir, TEMPLATE.replace("MANAGED", "arn:aws:iam::aws:policy/PowerUserAccess")), "Ops"))
                .isEmpty());
    }

    @Test
    void aSingleInlinePolicyThatIsAdministratorIsLeftToTheStatementLevelRule() throws Exception {
        String inline = """
                Resources:
                  Ops:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
                      Policies:
                        - PolicyName: everything
                          PolicyDocument:
                            Version: '2012-10-17'
                            Statement: [{Effect: Allow, Action: '*', Resource: '*'}]
                """;
        var principal = principal(model(dir, inline), "Ops");
        assertTrue(principal.administratorEquivalent());
        assertTrue(new AdministratorEquivalentPrincipalCheck().check(principal).isEmpty());
    }
}
