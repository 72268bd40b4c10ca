//! A quiz answered: the answers ticked, read from a form (`q1=2&q2=1&q2=3`,
//! numbers from 1), and graded question by question. A question is right
//! when exactly its correct answers are ticked.

use super::Question;
use crate::problems::FieldProblem;

/// What was ticked, and what it is worth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded {
    /// For each question, the answers ticked (indexes from 0) and whether
    /// that is right.
    pub questions: Vec<(Vec<usize>, bool)>,
    pub score: usize,
    pub total: usize,
}

impl Graded {
    pub fn perfect(&self) -> bool {
        self.score == self.total
    }
}

/// The answers of a form, question by question; an answer or a question
/// the quiz does not have is named, and nothing is graded.
pub fn read_answers(
    questions: &[Question],
    fields: &[(String, String)],
) -> Result<Vec<Vec<usize>>, Vec<FieldProblem>> {
    let mut chosen = vec![Vec::new(); questions.len()];
    let mut problems = Vec::new();
    for (name, value) in fields {
        let Some(number) = name.strip_prefix('q') else {
            continue;
        };
        let question = number
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=questions.len()).contains(n));
        let Some(question) = question else {
            problems.push(
                FieldProblem::new(name.clone(), "courses-quiz-no-such-question")
                    .with("question", name.clone()),
            );
            continue;
        };
        let answers = &questions[question - 1].answers;
        match value
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=answers.len()).contains(n))
        {
            Some(answer) if !chosen[question - 1].contains(&(answer - 1)) => {
                chosen[question - 1].push(answer - 1)
            }
            Some(_) => {}
            None => problems.push(
                FieldProblem::new(name.clone(), "courses-quiz-no-such-answer")
                    .with("question", question)
                    .with("answer", value.chars().take(20).collect::<String>()),
            ),
        }
    }
    for (index, question) in questions.iter().enumerate() {
        if !question.multiple && chosen[index].len() > 1 {
            problems.push(
                FieldProblem::new(format!("q{}", index + 1), "courses-quiz-one-answer")
                    .with("question", index + 1),
            );
        }
    }
    if problems.is_empty() {
        for answers in &mut chosen {
            answers.sort_unstable();
        }
        Ok(chosen)
    } else {
        Err(problems)
    }
}

/// Grades answers [`read_answers`] accepted.
pub fn grade(questions: &[Question], chosen: &[Vec<usize>]) -> Graded {
    let graded: Vec<(Vec<usize>, bool)> = questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let ticked = chosen.get(index).cloned().unwrap_or_default();
            let right: Vec<usize> = (0..question.answers.len())
                .filter(|a| question.answers[*a].correct)
                .collect();
            let is_right = ticked == right;
            (ticked, is_right)
        })
        .collect();
    Graded {
        score: graded.iter().filter(|(_, right)| *right).count(),
        total: questions.len(),
        questions: graded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::courses::Answer;

    fn question(multiple: bool, correct: &[bool]) -> Question {
        Question {
            text: "?".into(),
            multiple,
            answers: correct
                .iter()
                .map(|c| Answer {
                    text: "r".into(),
                    correct: *c,
                    explanation: "parce que".into(),
                })
                .collect(),
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_question_is_right_only_with_exactly_its_correct_answers() {
        let quiz = [
            question(false, &[false, true]),
            question(true, &[true, false, true]),
        ];
        let chosen = read_answers(&quiz, &fields(&[("q1", "2"), ("q2", "1")])).unwrap();
        let graded = grade(&quiz, &chosen);
        assert_eq!(graded.questions[0], (vec![1], true));
        assert_eq!(graded.questions[1], (vec![0], false));
        assert_eq!((graded.score, graded.total), (1, 2));
        let chosen = read_answers(
            &quiz,
            &fields(&[("q1", "2"), ("q2", "3"), ("q2", "1"), ("csrf", "x")]),
        )
        .unwrap();
        assert!(grade(&quiz, &chosen).perfect());
        // Nothing ticked is wrong, not an error.
        let graded = grade(&quiz, &read_answers(&quiz, &[]).unwrap());
        assert_eq!(graded.score, 0);
    }

    #[test]
    fn an_answer_the_quiz_does_not_have_is_named() {
        let quiz = [question(false, &[false, true])];
        let problems = read_answers(&quiz, &fields(&[("q1", "7")])).unwrap_err();
        assert_eq!(problems[0].key, "courses-quiz-no-such-answer");
        let problems = read_answers(&quiz, &fields(&[("q4", "1")])).unwrap_err();
        assert_eq!(problems[0].key, "courses-quiz-no-such-question");
        let problems = read_answers(&quiz, &fields(&[("q1", "1"), ("q1", "2")])).unwrap_err();
        assert_eq!(problems[0].key, "courses-quiz-one-answer");
    }
}
