package io.iamgate.analyze.local.servicekey;

import io.iamgate.model.ConditionOperator.Family;
import io.iamgate.reference.ConditionKeyType;

/** Which operator families fit a key type, and the names AWS uses for both in its messages. */
final class OperatorTypes {

    private OperatorTypes() {}

    /**
     * ARN keys take String operators too (only the Like ones are flagged, by their own check), and String
     * keys take ARN operators: Access Analyzer accepts ArnLike on kms:EncryptionContext:aws:s3:arn.
     */
    static boolean fits(ConditionKeyType keyType, Family family) {
        ConditionKeyType element = keyType.elementType();
        return switch (element) {
            case STRING -> family == Family.STRING || family == Family.ARN;
            case ARN -> family == Family.ARN || family == Family.STRING;
            case NUMERIC -> family == Family.NUMERIC;
            case DATE -> family == Family.DATE;
            case BOOL -> family == Family.BOOL;
            case IP_ADDRESS -> family == Family.IP_ADDRESS;
            case BINARY -> family == Family.BINARY;
            default -> true;
        };
    }

    static Family familyOf(ConditionKeyType type) {
        return switch (type.elementType()) {
            case STRING -> Family.STRING;
            case ARN -> Family.ARN;
            case NUMERIC -> Family.NUMERIC;
            case DATE -> Family.DATE;
            case BOOL -> Family.BOOL;
            case IP_ADDRESS -> Family.IP_ADDRESS;
            default -> Family.BINARY;
        };
    }

    /** "ARN, String" for ARN keys; "Boolean" for Bool keys: AWS's spelling in findingDetails. */
    static String allowedNames(ConditionKeyType keyType) {
        return switch (keyType.elementType()) {
            case STRING -> "String";
            case ARN -> "ARN, String";
            case NUMERIC -> "Numeric";
            case DATE -> "Date";
            case BOOL -> "Boolean";
            case IP_ADDRESS -> "IPAddress";
            default -> "Binary";
        };
    }

    /** The operator's family in lowercase, as AWS prints it ("string"). */
    static String operatorName(Family family) {
        return switch (family) {
            case STRING -> "string";
            case NUMERIC -> "numeric";
            case DATE -> "date";
            case BOOL -> "boolean";
            case BINARY -> "binary";
            case IP_ADDRESS -> "ipaddress";
            case ARN -> "arn";
            case NULL -> "null";
        };
    }
}
