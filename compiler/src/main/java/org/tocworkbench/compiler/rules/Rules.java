package org.tocworkbench.compiler.rules;

import java.util.List;

/** The registry: every validation rule, in the order they run. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new NoImpactRule(),
                new ImpactUnreachedRule(),
                new CycleRule(),
                new NoPathToImpactRule(),
                new ActivityReachesNoOutcomeRule(),
                new BackwardLinkRule(),
                new OutcomeWithoutIndicatorRule(),
                new IndicatorWithoutBaselineRule(),
                new IndicatorWithoutTargetRule(),
                new TargetDirectionRule(),
                new DateOrderRule(),
                new RecordOfChangesOrderRule(),
                new UnitFitRule(),
                new MilestoneRangeRule(),
                new DatesOutsidePeriodRule(),
                new PointOutsidePeriodRule(),
                new GrowthDirectionRule(),
                new GrowthWithoutStartRule(),
                new CountAbovePopulationRule(),
                new CompositeOwnValuesRule(),
                new UnusedAssumptionRule(),
                new HighRiskUntestedAssumptionRule(),
                new DisconnectedPathwayRule(),
                new SingleActorPathwayRule(),
                new CeilingOfAccountabilityRule(),
                new SinglePointOfFailureRule(),
                new ActorWithoutContributionRule(),
                new PrimaryFunctionUnservedRule(),
                new StructureServesNoResultRule(),
                new UndeclaredFunctionRule(),
                new BackboneOnlyResultRule(),
                new OrganisationalFunctionUnlinkedRule(),
                new DataFileRule(),
                new CodeFileRule(),
                new RecordsFileRule(),
                new RecordColumnRule(),
                new ComputedUnitRule());
    }
}
