package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {

    @Test
    void monthsAndDaysInAnyCaseWithAbbreviations() {
        assertThat(CalendarWords.isMonthOrDay("MAY")).isTrue();
        assertThat(CalendarWords.isMonthOrDay("Aug.")).isTrue();
        assertThat(CalendarWords.isMonthOrDay("tuesday")).isTrue();
        assertThat(CalendarWords.isMonthOrDay("Maybe")).isFalse();
        assertThat(CalendarWords.isMonthOrDay(".")).isFalse();
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> CalendarWords.isMonthOrDay(null)).withMessage("word");
    }
}
