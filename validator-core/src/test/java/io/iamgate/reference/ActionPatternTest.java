package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionPatternTest {

    private final IamReference ref = IamReference.bundled();

    private List<String> names(String pattern) {
        return ActionPattern.parse(pattern).matches(ref).stream()
                .map(Action::fullName)
                .toList();
    }

    @Test
    void prefixWildcardMatchesOnlyThatPrefix() {
        List<String> get = names("s3:Get*");
        assertTrue(get.contains("s3:GetObject"));
        assertFalse(get.contains("s3:PutObject"));
        assertTrue(get.stream().allMatch(n -> n.startsWith("s3:Get")), get.toString());
        assertTrue(ActionPattern.parse("s3:Get*").matches("s3", "GetObject"));
        assertFalse(ActionPattern.parse("s3:Get*").matches("s3", "PutObject"));
    }

    @Test
    void matchingIsCaseInsensitive() {
        assertEquals(List.of("s3:GetObject"), names("s3:getobject"));
        assertEquals(List.of("s3:GetObject"), names("S3:GETOBJECT"));
        assertEquals(names("s3:Get*"), names("S3:get*"));
    }

    @Test
    void starAndServiceStar() {
        assertEquals(ref.actionCount(), names("*").size());
        assertTrue(ActionPattern.parse("*").isAll());
        Service s3 = ref.service("s3").orElseThrow();
        assertEquals(s3.actionCount(), names("s3:*").size());
        assertFalse(ActionPattern.parse("s3:*").serviceHasWildcard());
        assertTrue(ActionPattern.parse("*").serviceHasWildcard());
    }

    @Test
    void questionMarkIsOneCharacter() {
        assertEquals(List.of("ec2:DescribeInstances"), names("ec2:Describe?nstances"));
        assertTrue(names("ec2:Describe??nstances").isEmpty());
    }

    @Test
    void wildcardInServicePart() {
        ActionPattern pattern = ActionPattern.parse("*code*:List*");
        assertTrue(pattern.serviceHasWildcard());
        Set<String> services = new HashSet<>();
        pattern.matches(ref).forEach(a -> services.add(a.service()));
        assertTrue(services.contains("codebuild"), services.toString());
        assertTrue(services.contains("codecommit"), services.toString());
        assertFalse(services.contains("s3"));
        assertTrue(services.stream().allMatch(s -> s.contains("code")));
    }

    @Test
    void indexedMatchingAgreesWithAPlainScan() {
        // The prefix range and exact lookups must give what a glob over every action gives.
        for (String text : List.of(
                "s3:Get*",
                "ec2:Describe*",
                "iam:*Role*",
                "iam:Get?ole",
                "kms:Decrypt",
                "s3:*Object",
                "ec2:*",
                "lambda:invoke*",
                "sts:AssumeRole*")) {
            ActionPattern pattern = ActionPattern.parse(text);
            List<Action> scanned = new ArrayList<>();
            for (Action action : ref.allActions()) {
                if (pattern.matches(action)) {
                    scanned.add(action);
                }
            }
            assertEquals(new HashSet<>(scanned), new HashSet<>(pattern.matches(ref)), text);
            assertFalse(scanned.isEmpty(), text);
        }
    }

    @Test
    void malformedEntriesMatchNothing() {
        for (String text : List.of("s3", "s3:", ":GetObject", "s3:Get:Object", "")) {
            ActionPattern pattern = ActionPattern.parse(text);
            assertFalse(pattern.isWellFormed(), text);
            assertTrue(pattern.matches(ref).isEmpty(), text);
        }
        assertTrue(ActionPattern.parse("nosuchservice:Get*").matches(ref).isEmpty());
    }

    @Test
    void coversByPattern() {
        ActionPattern getAll = ActionPattern.parse("iam:Get*");
        assertTrue(getAll.covers(ActionPattern.parse("iam:GetCredentialReport")));
        assertTrue(getAll.covers(ActionPattern.parse("iam:GetRole*")));
        assertTrue(getAll.covers(ActionPattern.parse("IAM:get*")));
        assertFalse(getAll.covers(ActionPattern.parse("iam:List*")));
        assertFalse(getAll.covers(ActionPattern.parse("iam:*")));
        assertTrue(ActionPattern.parse("*").covers(ActionPattern.parse("s3:Get*")));
        assertTrue(ActionPattern.parse("s3:*").covers(ActionPattern.parse("s3:Get?bject")));
        assertFalse(ActionPattern.parse("s3:Get?bject").covers(ActionPattern.parse("s3:Get*")));
        assertTrue(ActionPattern.parse("ec2:describeidentityidformat")
                .covers(ActionPattern.parse("ec2:DescribeIdentityIdFormat")));
    }

    @Test
    void coversByReference() {
        // Not contained as patterns, but every action "s3:GetObject" names is one "s3:*Object" names.
        ActionPattern anyObject = ActionPattern.parse("s3:*Object");
        assertFalse(anyObject.covers(ActionPattern.parse("s3:GetObj*")));
        List<Action> getObj = ActionPattern.parse("s3:GetObj*").matches(ref);
        boolean allEndInObject = getObj.stream().allMatch(a -> a.name().endsWith("Object"));
        assertEquals(allEndInObject, anyObject.covers(ActionPattern.parse("s3:GetObj*"), ref));
        assertTrue(anyObject.covers(ActionPattern.parse("s3:GetObject"), ref));
        assertFalse(anyObject.covers(ActionPattern.parse("s3:ListBucket"), ref));
        // An entry that names no known action is not covered by reference, only by pattern.
        assertFalse(anyObject.covers(ActionPattern.parse("s3:NoSuchObjectThing"), ref));
    }

    @Test
    void starReturnsTheSharedList() {
        assertSame(ref.allActions(), ActionPattern.parse("*").matches(ref));
    }
}
