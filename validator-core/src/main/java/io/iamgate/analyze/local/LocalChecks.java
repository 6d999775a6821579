package io.iamgate.analyze.local;

import io.iamgate.analyze.local.grammar.DataTypeMismatchCheck;
import io.iamgate.analyze.local.grammar.InvalidEffectCheck;
import io.iamgate.analyze.local.grammar.InvalidPolicyElementCheck;
import io.iamgate.analyze.local.grammar.InvalidVersionCheck;
import io.iamgate.analyze.local.grammar.MissingActionCheck;
import io.iamgate.analyze.local.grammar.MissingEffectCheck;
import io.iamgate.analyze.local.grammar.MissingResourceCheck;
import io.iamgate.analyze.local.grammar.MissingStatementCheck;
import io.iamgate.analyze.local.grammar.MissingVersionCheck;
import java.util.List;

/** The catalogue of offline checks: every check the local analyzer runs is listed here, once. */
public final class LocalChecks {

    private LocalChecks() {
    }

    public static List<PolicyCheck> all() {
        return List.of(
                // grammar: the shape of the document and its statements
                new DataTypeMismatchCheck(),
                new InvalidPolicyElementCheck(),
                new MissingVersionCheck(),
                new InvalidVersionCheck(),
                new MissingStatementCheck(),
                new MissingEffectCheck(),
                new InvalidEffectCheck(),
                new MissingActionCheck(),
                new MissingResourceCheck());
    }

    public static LocalAnalyzer analyzer() {
        return new LocalAnalyzer(all());
    }
}
