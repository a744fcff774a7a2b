package com.csracademy.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link HeaderText} allows what Spring Security's strict firewall allows in a header name and value by default. */
class HeaderTextTest {

    private final StrictServerWebExchangeFirewall stock = new StrictServerWebExchangeFirewall();

    @Test
    void printableTextPassesControlCharactersDoNotAndOnlyAValueMayHoldATab() {
        assertThat(HeaderText.allowedValue("Bearer abc.def-ghi_jkl~+/==")).isTrue();
        assertThat(HeaderText.allowedValue("zh-CN,zh;q=0.9\ten")).isTrue();
        assertThat(HeaderText.allowedValue("培训 \uD83D\uDE00")).isTrue();
        assertThat(HeaderText.allowedValue(null)).isTrue();
        assertThat(HeaderText.allowedValue("a\r\nInjected: yes")).isFalse();
        assertThat(HeaderText.allowedValue("a\u0000")).isFalse();
        assertThat(HeaderText.allowedValue("a\u0085")).isFalse();
        assertThat(HeaderText.allowedValue("unassigned \uFFFF")).isFalse();
        assertThat(HeaderText.allowedName("Idempotency-Key")).isTrue();
        assertThat(HeaderText.allowedName("X-\t")).isFalse();
        assertThat(HeaderText.allowedName("X-\u007F")).isFalse();
    }

    @Test
    void everyCodePointIsJudgedAsTheStockFirewallJudgesIt() {
        int batch = 4096;
        for (int first = 0; first <= Character.MAX_CODE_POINT; first += batch) {
            List<String> texts = new ArrayList<>();
            for (int codePoint = first; codePoint < first + batch && codePoint <= Character.MAX_CODE_POINT;
                    codePoint++) {
                texts.add("x" + Character.toString(codePoint));
            }
            List<Boolean> values = stockAllowsValues(texts);
            List<Boolean> names = stockAllowsNames(texts);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                assertThat(HeaderText.allowedValue(text)).as("value U+%04X", first + i).isEqualTo(values.get(i));
                assertThat(HeaderText.allowedName(text)).as("name U+%04X", first + i).isEqualTo(names.get(i));
            }
        }
    }

    @Test
    void generatedTextsWithSurrogatesAreJudgedAsTheStockFirewallJudgesThem() {
        // lone and paired surrogates, a control character, tab, text, an unassigned character
        char[] alphabet = {'a', ' ', '\t', '\u0007', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF', '\u00E9', '\u0378'};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[1 + random.nextInt(6)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            assertThat(HeaderText.allowedValue(text)).as("value %s", text)
                    .isEqualTo(stockAllowsValues(List.of(text)).get(0));
            assertThat(HeaderText.allowedName(text)).as("name %s", text)
                    .isEqualTo(stockAllowsNames(List.of(text)).get(0));
        }
    }

    /** Whether the stock firewall lets each value be read, as the headers of one request. */
    private List<Boolean> stockAllowsValues(List<String> values) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/ping");
        for (int i = 0; i < values.size(); i++) {
            request.header("X-Value-" + i, values.get(i));
        }
        HttpHeaders headers = firewalledHeaders(request);
        List<Boolean> allowed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String name = "X-Value-" + i;
            allowed.add(readable(headers, h -> h.getFirst(name) != null));
        }
        return allowed;
    }

    /** Whether the stock firewall lets the application ask for a header of each name. */
    private List<Boolean> stockAllowsNames(List<String> names) {
        HttpHeaders headers = firewalledHeaders(MockServerHttpRequest.get("/api/v1/ping"));
        return names.stream().map(name -> readable(headers, h -> h.getFirst(name) == null)).toList();
    }

    private HttpHeaders firewalledHeaders(MockServerHttpRequest.BaseBuilder<?> request) {
        return stock.getFirewalledExchange(MockServerWebExchange.from(request)).block().getRequest().getHeaders();
    }

    private static boolean readable(HttpHeaders headers, Predicate<HttpHeaders> read) {
        try {
            return read.test(headers);
        } catch (ServerExchangeRejectedException e) {
            return false;
        }
    }
}
