"""The semantic model's tiers, in one place: where its probabilities turn into crisis, check and doubt.

  crisis probability >= CRISIS_AT  -> crisis (care at once, whatever else the message holds)
  crisis probability >= CHECK_AT   -> check  (the bot asks one direct, caring question first)
  doubt probability  >= DOUBT_AT   -> doubt  (unless the rules are sure it is denied or someone else's)
  doubt probability  <  DOUBT_VETO -> a doubt the rules found is dropped (the model is sure it is past or outgrown)
  doubt >= SURE_DOUBT_AT, crisis < SURE_DOUBT_BELOW -> a held doubt in the check band is a doubt, not asked

The rules run beside the model and never gate it: a crisis the rules find stays a crisis.

The numbers between BEGIN and END are written by tools/train_heads.py, chosen on out-of-fold
probabilities (each labelled file scored by heads fitted without it; never a blind round before its
first measure is recorded, tools/language_sets.MEASURED_BLIND) by the policy below; docs/language.md
prints the trade-off table they came from. Edit the policy, not the numbers, and retrain.
"""

from __future__ import annotations

# Policy (what train_heads.py chooses by), on out-of-fold verdicts of the rules and the model together.
# CRISIS_AT: the lowest threshold at which at most this share of everyday messages (none rows in the
# everyday registers: chat, plans, journey answers, gaming; not the hard negatives written to look
# like crises, which are reported apart) and of dark figures of speech is taken over by crisis.
EVERYDAY_TAKEN_OVER = 0.04
FIGURES_TAKEN_OVER = 0.05
# CHECK_AT: the lowest threshold at which at most this share of everyday messages is asked (check, not crisis)
# (crisis care recall is then printed beside it, and held to its bar in the tests). Both shares sit
# below the bars (0.05 taken over, 0.15 asked) by a margin, and no further: safety comes
# first, and with 8,020 rows out of fold 0.03 and 0.10 left crisis care at 0.977 and at once 0.891.
EVERYDAY_ASKED = 0.13
# DOUBT_AT and DOUBT_VETO (a doubt the rules find is dropped when the model's doubt probability is
# below DOUBT_VETO: past and outgrown doubts): the pair with the highest English doubt recall at
# which English doubt precision stays at least this.
DOUBT_PRECISION = 0.95

# SURE_DOUBT_AT and SURE_DOUBT_BELOW: in the check band (crisis probability between CHECK_AT and
# CRISIS_AT) a doubt the speaker holds is answered as a doubt, not asked about, when its doubt
# probability is at least SURE_DOUBT_AT and its crisis probability below SURE_DOUBT_BELOW ("im a
# terrible husband": crisis 0.13, doubt 0.99, was asked "have you wished you were dead"). The pair
# with the highest English doubt recall at which at most SURE_DOUBT_LOST more crisis rows out of fold
# lose care (become a doubt) than with it off, and English doubt precision stays at least
# DOUBT_PRECISION. The rules' crisis verdicts are never touched.
SURE_DOUBT_LOST = 0

# SITUATION_AT: the cosine (e5 vectors of the whole message) from which a doubt is answered with the
# texts of the nearest written situation in the area of life the message names (dialogues/situations.yaml,
# bot/language/situations.py); SITUATION_UNPLACED_AT when it names none. Below, the theme and trap
# pools answer. Chosen by hand on the thoughts of the two reframe ratings already measured
# (tests/language/reframe_rating*, docs/language.md): where about 9 in 10 of the situations found were
# the thought's own; a wrong situation says something the person did not say, so the bar is high.
SITUATION_AT = 0.89
SITUATION_UNPLACED_AT = 0.91
# When the person's own telling of the event is said back first (bot/language/reflect.py), a written
# situation joins it only from this cosine: on the two rated sets' thoughts (reframe_rating3 and 4),
# situations found at 0.90 or more were rated 2.65 for relevance, those below 1.74, the pools 2.27.
SITUATION_REFLECTED_AT = 0.90
# With no area named, the nearest situation must also lead the nearest of any other area by this much:
# "im such a failure, i ruin everything" was 0.917 from leaving a job, 0.915 from being fired and 0.912
# from a failed exam, and was answered about leaving a job.
SITUATION_LEAD = 0.02

# BEGIN TIERS (written by tools/train_heads.py)
CRISIS_AT = 0.7
CHECK_AT = 0.1
DOUBT_AT = 0.7
DOUBT_VETO = 0.1
SURE_DOUBT_AT = 1.1
SURE_DOUBT_BELOW = 0.0
# END TIERS
