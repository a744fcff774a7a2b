package com.csracademy.qa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.content.ContentException;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentFiles.ContentFile;
import com.csracademy.qa.domain.Scorecard;
import com.csracademy.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The QA scorecards of {@code content/qa/*.yaml}, read and validated at start; {@code default} is used unless named. */
@Service
public class Scorecards {

    public static final String DEFAULT = "default";

    private final Map<String, Scorecard> cards = new LinkedHashMap<>();

    Scorecards(ContentFiles files) {
        for (ContentFile file : files.list("qa/*.yaml")) {
            Scorecard card = files.bind(file, Scorecard.class);
            if (cards.putIfAbsent(card.id(), card) != null) {
                throw new ContentException(file.path() + ": id: scorecard '" + card.id() + "' is defined twice");
            }
        }
    }

    public List<Scorecard> all() {
        return List.copyOf(cards.values());
    }

    public Scorecard card(String id) {
        Scorecard card = cards.get(id);
        if (card == null) {
            throw new NotFoundException("Scorecard", id);
        }
        return card;
    }
}
