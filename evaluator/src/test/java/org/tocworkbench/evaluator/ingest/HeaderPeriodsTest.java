package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderPeriodsTest {
    private final HeaderPeriods periods = new HeaderPeriods(new PeriodParser(10, LocalDate.of(2019, 7, 1)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Q1 FY24                                                    | 2023-10-01 | 2023-12-31 | false",
        "Year 01 Results                                            | 2019-07-01 | 2020-06-30 | false",
        "FY19 Actual                                                | 2018-10-01 | 2019-09-30 | false",
        "Achieved 2023                                              | 2023-01-01 | 2023-12-31 | false",
        "Actual (2023)                                              | 2023-01-01 | 2023-12-31 | false",
        "Milestone 1 (March 2014)                                   | 2014-03-01 | 2014-03-31 | true",
        "Target (March 2016)                                        | 2016-03-01 | 2016-03-31 | true",
        "Q1 FY24 (Oct-Dec)                                          | 2023-10-01 | 2023-12-31 | false",
        "2024 (provisional)                                         | 2024-01-01 | 2024-12-31 | false",
        "Baseline rate: household survey, June 2010 - August 2010   | 2010-06-01 | 2010-08-31 | false",
        "Follow-up rate (survey of the districts, Jan-Dec 2017)     | 2017-01-01 | 2017-12-31 | false",
        "Endline, fieldwork 01/06/2021 to 31/08/2021 in all districts | 2021-06-01 | 2021-08-31 | false",
        "Planned for the period June 2022 to May 2023               | 2022-06-01 | 2023-05-31 | true",
        "Household survey rounds of the programme, 2018 to 2020     | 2018-01-01 | 2020-12-31 | false",
    })
    void headersThatNameAPeriod(String header, String start, String end, boolean planned) {
        HeaderPeriods.Reading reading = periods.read(header);
        assertEquals(LocalDate.parse(start), reading.period().start(), header);
        assertEquals(LocalDate.parse(end), reading.period().end(), header);
        assertEquals(planned, reading.planned(), header);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Year 01 Target", "Year 01 Cumulative", "Year 01 Name", "FY2015 % achieved",
        "Baseline FY 2010", "Target (Year-End)", "Annual Performance Achieved to the End of Reporting Period (%)",
        "Survey rounds: June 2010 - August 2010 and June 2011 - August 2011", "Indicator", "Total 2019-2023"})
    void headersThatNameNoPeriodOrSeveral(String header) {
        assertNull(periods.read(header), header);
    }
}
