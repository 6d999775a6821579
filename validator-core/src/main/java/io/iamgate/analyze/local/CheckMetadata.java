package io.iamgate.analyze.local;

import io.iamgate.model.FindingType;

/** A check's metadata read from its {@link CheckInfo}, with the full learn-more link. */
public record CheckMetadata(String issueCode, FindingType findingType, String title, String learnMoreLink) {

    public static final String REFERENCE_PAGE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";

    static CheckMetadata of(Class<?> checkClass) {
        CheckInfo info = checkClass.getAnnotation(CheckInfo.class);
        if (info == null) {
            throw new IllegalStateException(checkClass.getName() + " has no @CheckInfo");
        }
        return new CheckMetadata(
                info.issueCode(),
                info.findingType(),
                info.title(),
                REFERENCE_PAGE + "#access-analyzer-reference-policy-checks-" + info.anchor());
    }
}
