-- Scenes now name their ways out. A campaign written before that went from
-- each place to the next in its list: that becomes each scene's one exit,
-- named for where it leads, so old campaigns play on exactly as they did.
update public.campaigns c
   set data = jsonb_set(c.data, '{locations}', (
     select jsonb_agg(
              case
                when here.value->'scene' ? 'exits' or next.value is null then here.value
                else jsonb_set(here.value, '{scene,exits}', jsonb_build_array(jsonb_build_object(
                  'id', 'way-on',
                  'name', left(coalesce(next.value->'scene'->>'title', 'the way on'), 80),
                  'to', coalesce(next.value->'scene'->>'locationId', 'start'),
                  'aliases', '[]'::jsonb)))
              end
              order by here.ord)
       from jsonb_array_elements(c.data->'locations') with ordinality as here(value, ord)
       left join jsonb_array_elements(c.data->'locations') with ordinality as next(value, ord) on next.ord = here.ord + 1))
 where jsonb_typeof(c.data->'locations') = 'array'
   and jsonb_array_length(c.data->'locations') > 0;
