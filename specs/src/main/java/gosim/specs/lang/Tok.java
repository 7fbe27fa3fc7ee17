package gosim.specs.lang;

/** Token kinds: models go/token's Token constants (operators, keywords, literal classes). */
enum Tok {
    EOF(""), IDENT("identifier"), INT("literal"), FLOAT("literal"), IMAG("literal"), CHAR("literal"),
    STRING("literal"),
    // operators
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"), AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"),
    AND_NOT("&^"), ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="), LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"), EQL("=="), LSS("<"),
    GTR(">"), ASSIGN("="), NOT("!"), NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA(","), PERIOD("."), RPAREN(")"), RBRACK("]"), RBRACE("}"),
    SEMICOLON(";"), COLON(":"), TILDE("~"),
    // keywords
    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"), DEFAULT("default"),
    DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"), FUNC("func"), GO("go"), GOTO("goto"),
    IF("if"), IMPORT("import"), INTERFACE("interface"), MAP("map"), PACKAGE("package"), RANGE("range"),
    RETURN("return"), SELECT("select"), STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

    final String text;

    Tok(String text) {
        this.text = text;
    }

    boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    /** Binary operator precedence as in the Go spec (5 = *, 1 = ||), 0 for non-binary tokens. */
    int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    /** For an op-assign token, the binary operator it applies ({@code +=} gives {@code +}); else null. */
    Tok assignOp() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
