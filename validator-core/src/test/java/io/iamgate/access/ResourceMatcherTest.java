package io.iamgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.iamgate.reference.Action;
import io.iamgate.reference.IamReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per-action resource coverage through the reference's ARN formats. */
class ResourceMatcherTest {

    private static final IamReference REFERENCE = IamReference.bundled();

    private static Optional<ResourceCoverage> coverage(String action, String... resources) {
        Action a = REFERENCE.action(action).orElseThrow();
        return new ResourceMatcher(REFERENCE, List.of(resources), false).coverage(a);
    }

    @Test
    void everyObjectOfEveryBucketCoversEveryObject() {
        assertTrue(coverage("s3:GetObject", "arn:aws:s3:::*/*").orElseThrow().all());
    }

    @Test
    void everyObjectOfSomeBucketsDoesNot() {
        ResourceCoverage c = coverage("s3:GetObject", "arn:aws:s3:::app-*/*").orElseThrow();
        assertFalse(c.all());
        assertEquals(List.of("arn:aws:s3:::app-*/*"), c.included());
    }

    @Test
    void aWildcardOfAnotherServiceCoversNothing() {
        assertEquals(Optional.empty(), coverage("s3:GetObject", "arn:aws:logs:*:*:*"));
    }

    @Test
    void anActionWithoutResourceTypesIsCoveredOnlyByStar() {
        assertEquals(Optional.empty(), coverage("logs:PutResourcePolicy", "arn:aws:logs:*:*:*"));
        assertTrue(coverage("logs:PutResourcePolicy", "*").orElseThrow().all());
    }
}
