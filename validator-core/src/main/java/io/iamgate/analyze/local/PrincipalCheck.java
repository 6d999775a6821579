package io.iamgate.analyze.local;

import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;

/** A check that looks at: Each principal of Principal or NotPrincipal. */
public interface PrincipalCheck {

    void checkPrincipal(CheckContext ctx, Statement statement, PrincipalEntry principal, FindingSink out);
}
