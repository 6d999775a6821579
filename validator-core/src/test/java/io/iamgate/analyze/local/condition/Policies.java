package io.iamgate.analyze.local.condition;

/**
 * Policy texts for the condition check tests, written with ' for " so they read as JSON. The marks «» of
 * CheckTester pass through.
 */
public final class Policies {

    private Policies() {}

    /** Single quotes to double quotes. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** One Allow statement with the given Condition members, e.g. {@code 'Bool':{'aws:SecureTransport':'true'}}. */
    public static String allow(String conditionMembers) {
        return statement("Allow", conditionMembers);
    }

    public static String deny(String conditionMembers) {
        return statement("Deny", conditionMembers);
    }

    public static String statement(String effect, String conditionMembers) {
        return json("{'Version':'2012-10-17','Statement':[{'Effect':'" + effect + "','Action':'s3:GetObject',"
                + "'Resource':'*','Condition':{" + conditionMembers + "}}]}");
    }
}
