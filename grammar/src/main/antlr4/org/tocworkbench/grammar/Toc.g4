/*
 * The .toc language: a theory of change as plain text.
 *
 * Declarations come in any order. Structural keywords (impact, outcome, ...) are reserved;
 * property keywords (horizon, unit, risk, ...) are "soft": they may also be used as
 * identifiers. Enumerated values (short, percent, high, ...) are plain identifiers checked by
 * the compiler, so that a misspelling gets a "did you mean" rather than a syntax error.
 * See docs/language.md for every construct with an example.
 */
grammar Toc;

file
    : statement* EOF
    ;

statement
    : importStmt
    | theoryDecl
    | actorDecl
    | nodeDecl
    | indicatorDecl
    | assumptionDecl
    | pathwayDecl
    | dataDecl
    | recordsDecl
    | linkStmt
    | transitionStmt
    ;

importStmt
    : IMPORT text
    ;

// ---------------------------------------------------------------- metadata

theoryDecl
    : THEORY text LBRACE theoryProp* RBRACE
    ;

theoryProp
    : VERSION versionStamp                          # theoryVersion
    | AUTHORS text (COMMA text)*                    # theoryAuthors
    | PERIOD date TO date                           # theoryPeriod
    | AS OF date                                    # theoryAsOf
    | ACCOUNTABILITY CEILING name                   # theoryCeiling
    | DESCRIPTION text                              # theoryDescription
    | POINT name text? AT date                      # theoryPoint
    | PRIMARY FUNCTIONS nameList                    # theoryPrimary
    | SECONDARY FUNCTIONS nameList                  # theorySecondary
    | BACKBONE PLAYS nameList                       # theoryBackboneRoles
    | CHANGES LBRACE changeEntry* RBRACE            # theoryChanges
    | IDENTIFIER text                               # theoryIdentifier
    | REPORTING ORG text text? (TYPE (name | NUMBER))?   # theoryReportingOrg
    ;

// `identifier "GB-GOV-1-300123"` and `reporting org "GB-GOV-1" "FCDO" type government`: the IATI
// activity identifier and the organisation that publishes it (docs/language.md#iati-publishing);
// the organisation's name and type are optional here and checked by the compiler.

// `version "2.0" at 2026-03-15 level major because "Mid-term review"`: a version, when it was
// made, how much changed and why (docs/diff.md); all but the version are optional.
versionStamp
    : (text | NUMBER) (AT date)? (LEVEL name)? (BECAUSE text)?
    ;

// One earlier version in a `changes { ... }` block: when and why are required, so that one entry
// cannot run into the next.
changeEntry
    : (text | NUMBER) AT date (LEVEL name)? BECAUSE? text
    ;

// ---------------------------------------------------------------- actors

// `structure WG "Advocacy working group" kind working-group { serves advocacy  members A, B }`:
// a working group, fund, community of practice or platform is an actor of its own kind (docs/network.md).
actorDecl
    : (ACTOR | STRUCTURE) name text ((ROLE | KIND) name)? (LBRACE actorProp* RBRACE)?
    ;

actorProp
    : ROLE name                                     # actorRole
    | DESCRIPTION text                              # actorDescription
    | FUNCTIONS nameList                            # actorFunctions
    | KIND name                                     # actorKind
    | SERVES nameList                               # actorServes
    | MEMBERS nameList                              # actorMembers
    | PLAYS nameList                                # actorPlays
    | POSITION nameOrTextList                       # actorPosition
    | PRIMARY FUNCTIONS nameList                    # actorPrimary
    | SECONDARY FUNCTIONS nameList                  # actorSecondary
    ;

// ---------------------------------------------------------------- results

nodeDecl
    : nodeKind name text nodeInline* (LBRACE nodeProp* RBRACE)?
    ;

nodeKind
    : IMPACT | GOAL | OUTCOME | OUTPUT | ACTIVITY | INTERVENTION | PRECONDITION
    ;

nodeInline
    : HORIZON name                                  # inlineHorizon
    | BY nameList                                   # inlineBy
    | OWNER name                                    # inlineOwner
    ;

nodeProp
    : DESCRIPTION text                              # nodeDescription
    | HORIZON name                                  # nodeHorizon
    | BY nameList                                   # nodeBy
    | OWNER name                                    # nodeOwner
    | FUNCTIONS nameList                            # nodeFunctions
    | ASSUMES nameList                              # nodeAssumes
    | indicatorDecl                                 # nodeIndicator
    | assumptionDecl                                # nodeAssumption
    | LABEL text                                    # nodeLabel
    | BACKBONE name? PLAYS nameList                 # nodeBackbone
    ;

// ---------------------------------------------------------------- indicators

indicatorDecl
    : INDICATOR name text (FOR name)? (LBRACE indicatorProp* RBRACE)?
    ;

indicatorProp
    : DESCRIPTION text                              # indicatorDescription
    | UNIT name (text (COMMA text)*)?               # indicatorUnit
    | DIRECTION name                                # indicatorDirection
    | BASELINE value AT date                        # indicatorBaseline
    | TARGET value BY date                          # indicatorTarget
    | MILESTONE value BY date                       # indicatorMilestone
    | AGGREGATION name                              # indicatorAggregation
    | CUMULATIVE                                    # indicatorCumulative
    | SNAPSHOT                                      # indicatorSnapshot
    | DISAGGREGATE BY nameOrTextList                # indicatorDisaggregate
    | SOURCE text                                   # indicatorSource
    | FREQUENCY name                                # indicatorFrequency
    | RESPONSIBLE name                              # indicatorResponsible
    | GROWTH value PER name                         # indicatorGrowth
    | POPULATION NUMBER text?                       # indicatorPopulation
    | PART name text LBRACE indicatorProp* RBRACE   # indicatorPart
    | DEFINITION text                               # indicatorDefinition
    | THRESHOLD value                               # indicatorThreshold
    | METHOD text                                   # indicatorMethod
    | RESPONSIBLE text                              # indicatorResponsibleText
    | FREQUENCY text                                # indicatorFrequencyText
    | CODE text (COMMA text)* (IN text)?            # indicatorCode
    | COMPUTE name DISTINCT? column? FROM name (AT date)?   # indicatorCompute
    | WHERE condition                               # indicatorWhere
    | AMONG condition                               # indicatorAmong
    | EACH FISCAL? name                             # indicatorEach
    ;

value
    : NUMBER
    | PERCENT
    | text
    | name
    ;

// ---------------------------------------------------------------- assumptions

assumptionDecl
    : ASSUMPTION name text (LBRACE assumptionProp* RBRACE)?
    ;

assumptionProp
    : DESCRIPTION text                              # assumptionDescription
    | RISK name                                     # assumptionRisk
    | STATUS name                                   # assumptionStatus
    | EVIDENCE text (DATE date)? (NOTE text)?       # assumptionEvidence
    | indicatorDecl                                 # assumptionIndicator
    ;

// ---------------------------------------------------------------- links

linkStmt
    : nameList (ARROW nameList)+ FEEDBACK? (LBRACE linkProp* RBRACE)?
    ;

linkProp
    : RATIONALE text                                # linkRationale
    | KIND name                                     # linkKind
    | STRENGTH name                                 # linkStrength
    | ASSUMES nameList                              # linkAssumes
    | FEEDBACK                                      # linkFeedback
    | INFERRED text?                                # linkInferred
    ;

// `transition output -> outcome assumes A1, A2`: assumptions of every link between two levels
// (node kinds) or between two groups of nodes; drawn once for the group.
transitionStmt
    : TRANSITION transitionEnd ARROW transitionEnd ASSUMES nameList
    ;

transitionEnd
    : nodeKind
    | nameList
    ;

// ---------------------------------------------------------------- pathways

pathwayDecl
    : PATHWAY name? text LBRACE pathwayItem* RBRACE
    ;

pathwayItem
    : name (ARROW name)+                            # pathwayChain
    | MEMBERS nameList                              # pathwayMembers
    | DESCRIPTION text                              # pathwayDescription
    | FUNCTIONS nameList                            # pathwayFunctions
    ;

// ---------------------------------------------------------------- data binding

dataDecl
    : DATA text? LBRACE dataProp* RBRACE
    ;

dataProp
    : FILE text                                     # dataFile
    | SHEET text                                    # dataSheet
    | LAYOUT name                                   # dataLayout
    | HEADER (ROW | ROWS) NUMBER (TO NUMBER)?       # dataHeader
    | columnRole COLUMN text                        # dataColumn
    | PERIOD COLUMNS text                           # dataPeriodColumns
    | FISCAL YEAR STARTS (name | NUMBER)            # dataFiscalYear
    | DECIMAL name                                  # dataDecimal
    | CODE text IS name                             # dataCode
    ;

columnRole
    : INDICATOR
    | name
    ;

// ---------------------------------------------------------------- records (docs/records.md)

recordsDecl
    : RECORDS name text? LBRACE recordsProp* RBRACE
    ;

recordsProp
    : FILE text                                     # recordsFile
    | SHEET text                                    # recordsSheet
    | JOIN SHEET text                               # recordsJoin
    | DATE COLUMN column                            # recordsDateColumn
    | FISCAL YEAR STARTS (name | NUMBER)            # recordsFiscalYear
    | DECIMAL name                                  # recordsDecimal
    | EXCLUDE name (BY column)?                     # recordsExclude
    | EXCLUDE text WHERE condition                  # recordsExcludeWhere
    | QUERY text                                    # recordsQuery
    ;

condition
    : NOT condition                                 # conditionNot
    | condition AND condition                       # conditionAnd
    | condition OR condition                        # conditionOr
    | LPAREN condition RPAREN                       # conditionGroup
    | column comparison conditionValue              # conditionCompare
    | column ONE OF conditionValue (COMMA conditionValue)*   # conditionOneOf
    | column CONTAINS conditionValue                # conditionContains
    ;

comparison
    : EQ | NE | LT | LE | GT | GE
    ;

conditionValue
    : text
    | NUMBER
    | PERCENT
    | DATE_LITERAL
    | EMPTY
    ;

column
    : name
    | text
    ;

// ---------------------------------------------------------------- shared pieces

nameList
    : name (COMMA name)*
    ;

nameOrTextList
    : (name | text) (COMMA (name | text))*
    ;

// A calendar date, or one relative to the theory's period: an evaluation point's name,
// `start`, `end`, or `year N` (the end of project year N).
date
    : DATE_LITERAL
    | NUMBER
    | YEAR NUMBER
    | name
    ;

text
    : STRING
    | LONG_STRING
    ;

name
    : IDENT
    | softKeyword
    ;

softKeyword
    : VERSION | AUTHORS | PERIOD | TO | AS | OF | ACCOUNTABILITY | CEILING | DESCRIPTION
    | ROLE | FUNCTIONS | HORIZON | BY | OWNER | ASSUMES | FOR | UNIT | DIRECTION | BASELINE
    | AT | TARGET | MILESTONE | AGGREGATION | CUMULATIVE | SNAPSHOT | DISAGGREGATE | SOURCE
    | FREQUENCY | RESPONSIBLE | RISK | STATUS | EVIDENCE | DATE | NOTE | RATIONALE | KIND
    | STRENGTH | FEEDBACK | MEMBERS | FILE | SHEET | LAYOUT | HEADER | ROW | ROWS | COLUMN
    | COLUMNS | FISCAL | YEAR | STARTS | DECIMAL
    | POINT | GROWTH | PER | POPULATION | PART
    | LABEL | INFERRED | TRANSITION | DEFINITION | THRESHOLD | METHOD
    | CODE | IN | IS
    | RECORDS | COMPUTE | DISTINCT | FROM | WHERE | AMONG | EACH | JOIN | EXCLUDE | QUERY
    | AND | OR | NOT | ONE | CONTAINS | EMPTY
    | PRIMARY | SECONDARY | STRUCTURE | SERVES | PLAYS | POSITION | BACKBONE
    | CHANGES | LEVEL | BECAUSE
    | IDENTIFIER | REPORTING | ORG | TYPE
    ;

// ================================================================ lexer

// reserved
IMPORT          : 'import' ;
THEORY          : 'theory' ;
ACTOR           : 'actor' ;
IMPACT          : 'impact' ;
GOAL            : 'goal' ;
OUTCOME         : 'outcome' ;
OUTPUT          : 'output' ;
ACTIVITY        : 'activity' ;
INTERVENTION    : 'intervention' ;
PRECONDITION    : 'precondition' ;
INDICATOR       : 'indicator' ;
ASSUMPTION      : 'assumption' ;
PATHWAY         : 'pathway' ;
DATA            : 'data' ;

// soft
VERSION         : 'version' ;
CHANGES         : 'changes' ;
LEVEL           : 'level' ;
BECAUSE         : 'because' ;
LABEL           : 'label' ;
INFERRED        : 'inferred' ;
TRANSITION      : 'transition' ;
DEFINITION      : 'definition' ;
THRESHOLD       : 'threshold' ;
METHOD          : 'method' ;
AUTHORS         : 'authors' ;
PERIOD          : 'period' ;
TO              : 'to' ;
AS              : 'as' ;
OF              : 'of' ;
ACCOUNTABILITY  : 'accountability' ;
CEILING         : 'ceiling' ;
DESCRIPTION     : 'description' ;
ROLE            : 'role' ;
FUNCTIONS       : 'functions' ;
HORIZON         : 'horizon' ;
BY              : 'by' ;
OWNER           : 'owner' ;
ASSUMES         : 'assumes' ;
FOR             : 'for' ;
UNIT            : 'unit' ;
DIRECTION       : 'direction' ;
BASELINE        : 'baseline' ;
AT              : 'at' ;
TARGET          : 'target' ;
MILESTONE       : 'milestone' ;
POINT           : 'point' ;
GROWTH          : 'growth' ;
PER             : 'per' ;
POPULATION      : 'population' ;
PART            : 'part' ;
AGGREGATION     : 'aggregation' ;
CUMULATIVE      : 'cumulative' ;
SNAPSHOT        : 'snapshot' ;
DISAGGREGATE    : 'disaggregate' ;
SOURCE          : 'source' ;
CODE            : 'code' ;
IN              : 'in' ;
IS              : 'is' ;
RECORDS         : 'records' ;
COMPUTE         : 'compute' ;
DISTINCT        : 'distinct' ;
FROM            : 'from' ;
WHERE           : 'where' ;
AMONG           : 'among' ;
EACH            : 'each' ;
JOIN            : 'join' ;
EXCLUDE         : 'exclude' ;
QUERY           : 'query' ;
AND             : 'and' ;
OR              : 'or' ;
NOT             : 'not' ;
ONE             : 'one' ;
CONTAINS        : 'contains' ;
EMPTY           : 'empty' ;
FREQUENCY       : 'frequency' ;
RESPONSIBLE     : 'responsible' ;
RISK            : 'risk' ;
STATUS          : 'status' ;
EVIDENCE        : 'evidence' ;
DATE            : 'date' ;
NOTE            : 'note' ;
RATIONALE       : 'rationale' ;
KIND            : 'kind' ;
STRENGTH        : 'strength' ;
FEEDBACK        : 'feedback' ;
MEMBERS         : 'members' ;
// network words (docs/network.md)
PRIMARY         : 'primary' ;
SECONDARY       : 'secondary' ;
STRUCTURE       : 'structure' ;
SERVES          : 'serves' ;
PLAYS           : 'plays' ;
POSITION        : 'position' ;
BACKBONE        : 'backbone' ;
// IATI publishing words (docs/language.md#iati-publishing)
IDENTIFIER      : 'identifier' ;
REPORTING       : 'reporting' ;
ORG             : 'org' ;
TYPE            : 'type' ;
FILE            : 'file' ;
SHEET           : 'sheet' ;
LAYOUT          : 'layout' ;
HEADER          : 'header' ;
ROW             : 'row' ;
ROWS            : 'rows' ;
COLUMN          : 'column' ;
COLUMNS         : 'columns' ;
FISCAL          : 'fiscal' ;
YEAR            : 'year' ;
STARTS          : 'starts' ;
DECIMAL         : 'decimal' ;

ARROW           : '->' ;
NE              : '!=' ;
LE              : '<=' ;
GE              : '>=' ;
EQ              : '=' ;
LT              : '<' ;
GT              : '>' ;
LPAREN          : '(' ;
RPAREN          : ')' ;
COMMA           : ',' ;
LBRACE          : '{' ;
RBRACE          : '}' ;

LONG_STRING     : '"""' .*? '"""' ;
STRING          : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"' ;
// A string with no closing quote on its line; the compiler reports it and reads on.
UNTERMINATED_STRING : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* ;

DATE_LITERAL    : DIGIT DIGIT DIGIT DIGIT '-' ( 'Q' [1-4] | DIGIT DIGIT ( '-' DIGIT DIGIT )? ) ;
PERCENT         : '-'? DIGIT+ ( '.' DIGIT+ )? [ \t]* '%' ;
NUMBER          : '-'? DIGIT+ ( '.' DIGIT+ )? ;

IDENT           : [\p{L}_] [\p{L}\p{N}_]* ( [.\-] [\p{L}\p{N}_]+ )* ;

LINE_COMMENT    : ( '#' | '//' ) ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN) ;
// A block comment that never closes; the compiler reports it.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
WS              : [ \t\r\n\f\u000B\uFEFF]+ -> channel(HIDDEN) ;

// Anything else; reported by the compiler as an unexpected character.
ERROR_CHAR      : . ;

fragment DIGIT  : [0-9] ;
