package io.iamgate.analyze.local.principal;

import java.util.Set;

/**
 * Condition keys that people use to scope a service principal but that do not say on whose behalf the
 * service acts (the confused-deputy problem): a referer or network origin is not the source resource.
 */
final class WeakServiceScope {

    static final Set<String> KEYS =
            Set.of("aws:referer", "aws:useragent", "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce");

    private WeakServiceScope() {}
}
