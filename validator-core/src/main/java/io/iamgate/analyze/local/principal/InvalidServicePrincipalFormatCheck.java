package io.iamgate.analyze.local.principal;

import io.iamgate.analyze.local.CheckContext;
import io.iamgate.analyze.local.CheckInfo;
import io.iamgate.analyze.local.ConditionCheck;
import io.iamgate.analyze.local.FindingSink;
import io.iamgate.analyze.local.PolicyCheck;
import io.iamgate.analyze.local.PrincipalCheck;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ConditionOperator;
import io.iamgate.model.ConditionValue;
import io.iamgate.model.FindingType;
import io.iamgate.model.Location;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.Glob;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service principal is a lower-case DNS name under amazonaws.com, amazon.com or amazonaws.com.cn. Where a
 * value names the service a request passed through (aws:CalledVia and its First/Last forms) it is the
 * service's own principal, one label before the suffix (cloudformation.amazonaws.com); the multi-label forms
 * (application-signals.cloudwatch.amazonaws.com) never match there.
 */
@CheckInfo(
        issueCode = "INVALID_SERVICE_PRINCIPAL_FORMAT",
        findingType = FindingType.ERROR,
        title = "Invalid service principal format",
        anchor = "error-invalid-service-principal-format")
public final class InvalidServicePrincipalFormatCheck extends PolicyCheck implements PrincipalCheck, ConditionCheck {

    private static final Pattern ANY_PRINCIPAL =
            Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(amazonaws\\.com|amazon\\.com|amazonaws\\.com\\.cn)");
    private static final Pattern SINGLE_SERVICE =
            Pattern.compile("[a-z0-9-]+\\.(amazonaws\\.com|amazon\\.com|amazonaws\\.com\\.cn)");
    private static final Set<String> CALLED_VIA = Set.of("aws:calledvia", "aws:calledviafirst", "aws:calledvialast");
    private static final Set<String> SERVICE_NAME = Set.of("aws:principalservicename", "aws:principalservicenameslist");

    @Override
    public void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out) {
        if (Principals.isService(principal)
                && checkable(principal.value())
                && !ANY_PRINCIPAL.matcher(principal.value()).matches()) {
            out.report(invalid(principal.value(), principal.location()));
        }
    }

    @Override
    public void checkCondition(CheckContext ctx, Statement statement, ConditionEntry condition, FindingSink out) {
        ConditionOperator op = condition.operator();
        if (op.family() != ConditionOperator.Family.STRING) {
            return;
        }
        String key = condition.key().toLowerCase(Locale.ROOT);
        Pattern format = CALLED_VIA.contains(key) ? SINGLE_SERVICE : SERVICE_NAME.contains(key) ? ANY_PRINCIPAL : null;
        if (format == null) {
            return;
        }
        for (ConditionValue value : condition.values()) {
            if (value.isString()
                    && checkable(value.text())
                    && !format.matcher(value.text()).matches()) {
                out.report(invalid(value.text(), value.location()));
            }
        }
    }

    /** Patterns and policy variables are judged by their own checks, not as names. */
    private static boolean checkable(String value) {
        return !Glob.hasWildcard(value) && !value.contains("${");
    }

    private io.iamgate.model.Finding invalid(String value, Location location) {
        return finding(
                "\"" + value + "\" is not a service principal. Write it as service.amazonaws.com (or with "
                        + "the suffix .amazon.com or .amazonaws.com.cn), in lower case.",
                location);
    }
}
