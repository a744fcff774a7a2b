package com.csracademy.curriculum.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterTest {

    @Test
    void theFieldsSitBetweenTheTwoDelimiterLinesAndTheBodyIsKeptAsWritten() {
        FrontMatter.Split split = FrontMatter.split("---\nid: a.b\ntitle: T\n---\n\n## 学习目标\n\n- one  \n");
        assertThat(split.yaml()).isEqualTo("id: a.b\ntitle: T\n");
        assertThat(split.body()).isEqualTo("\n## 学习目标\n\n- one  \n");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        FrontMatter.Split split = FrontMatter.split("\uFEFF---\r\nid: a.b\r\n---\r\nbody\r\n");
        assertThat(split.yaml()).isEqualTo("id: a.b\r\n");
        assertThat(split.body()).isEqualTo("body\r\n");
    }

    @Test
    void aDelimiterLaterInTheBodyStaysInTheBody() {
        FrontMatter.Split split = FrontMatter.split("---\nid: x\n---\ntext\n---\nmore\n");
        assertThat(split.body()).isEqualTo("text\n---\nmore\n");
    }

    @Test
    void aFileEndingRightAfterTheClosingLineHasAnEmptyBody() {
        assertThat(FrontMatter.split("---\nid: x\n---").body()).isEmpty();
    }

    @Test
    void aFileThatDoesNotStartWithTheDelimiterHasNoFrontMatter() {
        assertThatThrownBy(() -> FrontMatter.split("# Title\n---\nid: x\n---\n"))
                .isInstanceOf(FrontMatter.Malformed.class).hasMessageStartingWith("missing");
    }

    @Test
    void anUnclosedFrontMatterIsRefused() {
        assertThatThrownBy(() -> FrontMatter.split("---\nid: x\n# Title\n"))
                .isInstanceOf(FrontMatter.Malformed.class).hasMessageStartingWith("not closed");
    }

    @Test
    void anEmptyFrontMatterIsRefused() {
        assertThatThrownBy(() -> FrontMatter.split("---\n\n---\nbody"))
                .isInstanceOf(FrontMatter.Malformed.class).hasMessageStartingWith("empty");
    }
}
