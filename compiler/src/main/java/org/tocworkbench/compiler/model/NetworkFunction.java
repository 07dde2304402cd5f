package org.tocworkbench.compiler.model;

import java.util.List;

/**
 * What a network does for its members and the field (network functions), and what keeps it
 * running (organisational functions). Nodes, actors and pathways are tagged with them.
 */
public enum NetworkFunction implements Keyword {
    INFORMATION_SHARING(true, "Information sharing", "information-sharing"),
    KNOWLEDGE_GENERATION(true, "Knowledge generation", "knowledge-generation", "research"),
    PROBLEM_SOLVING(true, "Problem solving and innovation", "problem-solving", "innovation"),
    SERVICE_COORDINATION(true, "Service delivery coordination", "service-coordination", "service-delivery"),
    ADVOCACY(true, "Advocacy and policy influence", "advocacy", "policy-influence"),
    CAPACITY_BUILDING(true, "Learning and capacity building", "capacity-building", "learning"),
    COMMUNITY_BUILDING(true, "Community building", "community-building"),
    FIELD_BUILDING(true, "Thought leadership and field-building", "field-building", "thought-leadership"),
    INVESTING(true, "Investing", "investing", "grant-making"),
    COMMUNICATIONS(false, "Communications", "communications"),
    RESOURCE_MOBILISATION(false, "Resource mobilisation", "resource-mobilisation", "resource-mobilization", "fundraising"),
    GOVERNANCE(false, "Governance", "governance"),
    MONITORING(false, "Measuring and monitoring", "monitoring", "measuring-and-monitoring", "mel"),
    OPERATIONS(false, "Operations", "operations");

    private final boolean network;
    private final String label;
    private final List<String> words;

    NetworkFunction(boolean network, String label, String... words) {
        this.network = network;
        this.label = label;
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** Human label, e.g. "Advocacy and policy influence". */
    public String label() {
        return label;
    }

    /** True for network functions, false for organisational functions. */
    public boolean isNetworkFunction() {
        return network;
    }
}
