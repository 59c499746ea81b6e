# recipe.awk — the code block of a docs page that follows its "<!-- recipe: NAME -->" mark, without
# the fences, so that tests run the recipes as the page gives them.
#   awk -v name=NAME -f tests/recipe.awk docs/scale.md
$0 == "<!-- recipe: " name " -->" { on = 1; next }
on && /^```/ { if (started) exit; started = 1; next }
on && started
