//! Long question-style queries rank like their content words; phrases still match their stopwords.

mod common;

use common::*;

/// A small corpus: one story about the question's subject, and stories written in plain, function-word
/// heavy prose that share only the question's stopwords and one common word with it.
fn question_corpus() -> Sandbox {
    let sb = Sandbox::empty();
    sb.write(
        "tankers.txt",
        "Tankers blacklisted\n\nOfficials in Canberra blacklisted four tankers over oil cargoes taken \
         from a blockaded port, freezing the vessels' insurance and barring them from Australian harbours.\n",
    );
    sb.write(
        "talk.txt",
        "Meeting notes\n\nWhat they said was that there is no way to know which of these things will be \
         done, or when, and that it is not clear what would have been done with any of them if they had \
         been there at the time. Which is why they deal with it as they do, and what they have is all there is.\n",
    );
    sb.write(
        "diary.txt",
        "A diary\n\nWhat was it that we had in mind when we were there with them? Which of us had been \
         the one to deal with all of that, and why were we so sure that it would be over by the time \
         we were done with it?\n",
    );
    sb.write(
        "weather.txt",
        "Weather\n\nRain fell across the northern coast and the ferries stayed in port for two days \
         while crews repaired a damaged pier.\n",
    );
    sb.write(
        "grain.txt",
        "Grain\n\nFarmers sold barley and wheat at higher prices after a dry summer cut harvests \
         across the plains.\n",
    );
    sb
}

#[test]
fn a_long_question_ranks_the_story_its_content_words_name_first() {
    let sb = question_corpus();
    let question =
        "What is there which would deal with the tankers that were blacklisted, and why was it done?";
    let hits = sb.hit_paths(&[question, "--match", "any"]);
    assert_eq!(
        hits.first().map(String::as_str),
        Some("tankers.txt"),
        "{hits:?}"
    );
    // Ranked like its content words alone.
    let content = sb.hit_paths(&["would deal tankers blacklisted done", "--match", "any"]);
    assert_eq!(hits.first(), content.first());
    // With --match all, the question does not require its function words.
    let all = sb.hit_paths(&["which are the tankers that were blacklisted"]);
    assert_eq!(all, ["tankers.txt"]);
}

#[test]
fn phrases_keep_their_stopwords_and_syntax_is_searched_as_typed() {
    let sb = Sandbox::empty();
    sb.write(
        "declared.txt",
        "Emergency declared\n\nThe president declared a state of emergency in the border province.\n",
    );
    sb.write(
        "officials.txt",
        "Officials respond\n\nEmergency crews of the state police arrived at the flooded border town.\n",
    );
    // The phrase must match "of" in order: only one story says "state of emergency".
    assert_eq!(sb.hit_paths(&["\"state of emergency\""]), ["declared.txt"]);
    // Unquoted, the stopword is dropped and both stories hold the two content words.
    let mut loose = sb.hit_paths(&["state of emergency"]);
    loose.sort();
    assert_eq!(loose, ["declared.txt", "officials.txt"]);
    // With query syntax the words are kept as typed: "of" AND "in" both required.
    assert_eq!(sb.hit_paths(&["emergency AND of AND in"]), ["declared.txt"]);
}
