package io.iamgate.analyze.local;

import io.iamgate.model.FindingType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check's metadata, in one place on its class. {@code anchor} is the part of the Access Analyzer
 * check reference's anchor after {@code access-analyzer-reference-policy-checks-}, e.g.
 * {@code error-invalid-action}; AWS's anchors are not derivable from titles, so each check names its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

    String issueCode();

    FindingType findingType();

    String title();

    String anchor();
}
