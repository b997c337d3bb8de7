// Data table: common English first names with their usual gender. Used only to pick the
// antecedent of "he"/"she" ("Hillary Clinton" is not the "he" of the next paragraph). A name
// absent from both lists has unknown gender and is compatible with either pronoun.

/** Usually masculine first names. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
aaron adam al alan albert alec alex alexander andrew andy anthony antonin arnold austin barack barney ben benjamin
bernard bernie bill billy bob bobby brad bradley brandon brendan brent brett brian bruce bryan byron calvin carl
carlos charles charlie chris christopher chuck clarence clint cory craig dan daniel danny darrell dave david dean
dennis derek devin dick don donald doug douglas duncan dwight earl ed eddie edward eli elijah eric erik ernest evan
frank franklin fred frederick gary gene george gerald glenn gordon grant greg gregory harold harry harvey henry
herman howard hugh ian isaac jack jacob jake james jamie jared jason jay jeb jeff jeffrey jeremy jerry jesse jim
jimmy joe joel john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin keith ken kenneth
kevin kirk kurt lamar larry lawrence lee leon lindsey lou louis luis luke marco marcus mark martin matt matthew
max michael mike mitch mitt nate nathan neil newt nick nicholas norman oliver omar orrin pat patrick paul pete
peter phil philip rahm ralph rand randy ray raymond reince reggie rex richard rick rob robert rod rodney roger
ron ronald ross roy rudy rudolph rush russell ryan sam samuel scott sean sergei seth shawn sherrod stan stanley
stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tyler vernon victor
vincent vladimir walter warren wayne will william willie xi yusuf zach zachary jeh ash ashton marty mo
bashar recep francois emmanuel angelo antonio boris dmitry sergey ahmed mohammed muhammad ali hassan
abdul jamal mohammad mohamed khaled hamid hamza tariq karim rashid youssef kim jong shinzo narendra enrique vicente felipe hugo mauricio rodrigo luiz jair nigel gavin
enver domenico piers rishi sadiq keir volodymyr marcelo
matteo giuseppe luca pierre jean-claude jacques olaf rutger mateusz viktor andrzej sebastian
andre rene stephane raphael
`.split(/\s+/).filter(Boolean));

/** Usually feminine first names. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
abby abigail alice alicia alison allison amanda amber amy ana andrea angela angelina ann anna anne annie april
barbara barbra betsy betty beverly brenda brianna brittany candace carla carly carol caroline carolyn catherine
cathy charlotte chelsea cheryl christina christine cindy claire claudia colleen connie cynthia dana danielle
debbie deborah debra denise diana diane dianne donna doris dorothy elaine elena elise elizabeth ellen emily
emma erica erin eva evelyn fiona frances gabrielle gail gina gloria grace gretchen hannah heather heidi helen
hillary holly hope huma irene jackie jacqueline jan jane janet janice jasmine jean jeanne jennifer jenny jessica
jill jo joan joanne jodi joni josephine joy joyce judith judy julia julie karen karin kate katherine kathleen
kathy katie katy kay kayleigh kellyanne kelly kim kimberly kirsten kristen kristin laura lauren leslie liz lisa
lois loretta lori louise lucy lynn madeleine maggie marcia margaret maria marie marilyn marsha martha mary
maxine megan meghan melania melissa meryl mia michele michelle mika mindy monica nancy natalie nicole nikki
nina norma olivia pam pamela patricia patty paula peggy penny rachel rebecca rebekah renee rita roberta robin
rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia stacey stephanie sue susan
suzanne sylvia tammy tara teresa theresa tiffany tina tulsi valerie vanessa victoria virginia wanda wendy
whitney yvonne zoe ivanka marine hilary cecile condoleezza
condi kirstjen kamala ilhan alexandria kyrsten
nicola selena suella yvette priti jacinda ursula giorgia kathryn colette carrie
agnes ines chloe helene beatrice celine
`.split(/\s+/).filter(Boolean));
