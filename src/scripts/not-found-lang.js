(function(){var d=document.documentElement,b=d.dataset.base||'/',l=location.pathname.indexOf(b+'en/')===0?'en':'ja';d.dataset.notFound=l;d.lang=l;if(l==='en')document.title=d.dataset.titleEn})();
